package cn.zugong.testkit.context;

import static cn.zugong.testkit.context.CadreFixtures.PIDU;
import static cn.zugong.testkit.context.CadreFixtures.SICHUAN;
import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.security.PluginPermission;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryPluginContextTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final PluginPermission VIEW = new PluginPermission("memo.view", Set.of("officer"));

    private final InMemoryPluginContext context = InMemoryPluginContext.builder("memo")
            .entities(List.of(Note.class))
            .rulePacks(List.of(
                    new RulePack(
                            "memo.limits",
                            RulePack.NATIONAL,
                            LocalDate.of(2020, 1, 1),
                            Map.of("max", "10", "min", "1")),
                    new RulePack("memo.limits", "51", LocalDate.of(2024, 1, 1), Map.of("max", "20")),
                    new RulePack("memo.limits", "51", LocalDate.of(2026, 1, 1), Map.of("max", "30"))))
            .county(WENJIANG)
            .today(TODAY)
            .build();

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void persistence_fills_and_filters_the_tenant() {
        context.persistence().run(em -> em.persist(new Note("Wenjiang's", null)));
        context.actAs(TestTenancy.writing(PIDU));
        context.persistence().run(em -> em.persist(new Note("Pidu's", null)));

        assertThat(notes()).extracting(Note::text).containsExactly("Pidu's");
        context.actAs(TestTenancy.reading(Set.of(WENJIANG, PIDU)));
        assertThat(notes()).extracting(Note::tenantId).containsExactlyInAnyOrder("510115", "510117");
        assertThat(context.database().count("memo_note")).isEqualTo(2);
    }

    @Test
    void an_upgrade_migration_keeps_the_rows_of_the_older_version() {
        try (PluginDatabase db = new PluginDatabase("memo")) {
            assertThat(db.migrate("1")).isEqualTo(1);
            db.execute(
                    "insert into memo_note (id, tenant_id, text) values (?, ?, ?)",
                    UUID.randomUUID(),
                    "510115",
                    "kept");
            assertThat(db.migrate()).isEqualTo(1);
            assertThat(db.count("memo_note")).isEqualTo(1);
        }
    }

    @Test
    void the_directory_answers_with_the_readable_cadres_only() {
        CadreRef li = context.cadre(CadreFixtures.cadre(WENJIANG, "李明", "TOWNSHIP_DEPUTY"), "51011519800101001x");
        CadreRef wang = context.cadre(CadreFixtures.cadre(PIDU, "王芳", null));
        context.cadre(CadreFixtures.retired(CadreFixtures.cadre(WENJIANG, "赵强", null)));

        assertThat(context.cadres().active()).containsExactly(li);
        assertThat(context.cadres().byIdentityNumber("51011519800101001X ")).contains(li);
        assertThat(context.cadres().find(wang.id())).isEmpty();
        context.update(CadreFixtures.atLevel(li, "TOWNSHIP_PRINCIPAL"));
        assertThat(context.cadres().find(li.id()).orElseThrow().postLevel()).contains("TOWNSHIP_PRINCIPAL");
    }

    @Test
    void the_directory_pages_filter_and_count_as_the_platforms_cadre_list() {
        CadreRef zhang = context.cadre(CadreFixtures.cadre(WENJIANG, "张伟", "TOWNSHIP_DEPUTY"));
        CadreRef chen = context.cadre(CadreFixtures.cadre(WENJIANG, "陈红", "TOWNSHIP_PRINCIPAL"));
        CadreRef zhao = context.cadre(CadreFixtures.retired(CadreFixtures.cadre(WENJIANG, "赵强", null)));
        context.cadre(CadreFixtures.cadre(PIDU, "王芳", "TOWNSHIP_DEPUTY"));

        assertThat(context.cadres().count(CadreFilter.ALL)).isEqualTo(3);
        assertThat(context.cadres().count(CadreFilter.ACTIVE)).isEqualTo(2);
        assertThat(context.cadres().page(CadreFilter.ACTIVE, CadreSort.POST_LEVEL, true, 0, 10))
                .containsExactly(zhang, chen);
        assertThat(context.cadres().page(CadreFilter.ALL, CadreSort.POST_LEVEL, false, 1, 1))
                .containsExactly(chen);
        assertThat(context.cadres().page(CadreFilter.ALL.withSearch("赵"), CadreSort.NAME, true, 0, 10))
                .containsExactly(zhao);
        assertThat(context.cadres().count(CadreFilter.ALL.withPostLevel("TOWNSHIP_DEPUTY")))
                .isEqualTo(1);
    }

    @Test
    void rule_packs_take_the_province_then_the_county_override() {
        assertThat(context.rulePacks().effective("memo.limits", WENJIANG, TODAY))
                .containsEntry("max", "20")
                .containsEntry("min", "1");
        context.rulePacks().override(WENJIANG, "min", "2");
        assertThat(context.rulePacks().effective("memo.limits", WENJIANG, LocalDate.of(2026, 2, 1)))
                .containsEntry("max", "30")
                .containsEntry("min", "2");
        assertThat(context.rulePacks().effective("memo.limits", new cn.zugong.api.tenant.TenantId("110105"), TODAY))
                .containsEntry("max", "10");
    }

    @Test
    void notices_publications_audit_permissions_and_clock() throws Exception {
        context.notices().post(new Notice("n1", VIEW, "memo.notice", List.of(), null));
        assertThat(context.notices(WENJIANG)).containsOnlyKeys("n1");
        assertThat(context.notices().keys()).containsExactly("n1");

        context.actAs(TestTenancy.writing(SICHUAN));
        context.publications().publish("memo", "k", Map.of("text", "hello"));
        context.actAs(TestTenancy.writing(WENJIANG));
        assertThat(context.publications().fromAbove("memo")).singleElement().satisfies(p -> assertThat(p.content())
                .containsEntry("text", "hello"));
        assertThatThrownBy(() -> context.publications().publish("memo", "k", Map.of()))
                .isInstanceOf(IllegalStateException.class);

        context.audit().onlyListed(Set.of("note.create"), Set.of("memo_note"));
        context.audit().record("note.create", "memo_note", "1", "a note", Map.of(), Map.of("text", "a"));
        assertThat(context.audited()).extracting(RecordedAudit.Entry::action).containsExactly("note.create");
        assertThatThrownBy(() -> context.audit().record("note.delete", "memo_note", "1", "", Map.of(), Map.of()))
                .isInstanceOf(AssertionError.class);

        assertThat(context.permitted(VIEW)).isTrue();
        context.holdOnly();
        assertThat(context.permitted(VIEW)).isFalse();

        assertThat(LocalDate.now(context.clock())).isEqualTo(TODAY);
        context.today(TODAY.plusDays(1));
        assertThat(LocalDate.now(context.clock())).isEqualTo(TODAY.plusDays(1));

        byte[] sheet = TextSpreadsheets.workbook(List.of(List.of("a", "b")));
        assertThat(context.spreadsheets().read(new ByteArrayInputStream(sheet))).containsExactly(List.of("a", "b"));
    }

    @Test
    void a_table_without_the_prefix_fails_as_the_platform_refuses_it() {
        try (PluginDatabase db = new PluginDatabase("bad")) {
            assertThatThrownBy(db::migrate).isInstanceOf(AssertionError.class).hasMessageContaining("Table note ");
        }
    }

    private List<Note> notes() {
        return context.persistence().inTransaction(em -> em.createQuery("select n from Note n", Note.class)
                .getResultList());
    }
}
