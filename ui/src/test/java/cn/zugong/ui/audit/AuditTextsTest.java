package cn.zugong.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An auditor reads an event in words: the action, the record by name, its fields with labels. */
@ExtendWith(PortalUi.class)
class AuditTextsTest {

    private static final String CADRE_ID = "7d3c1a52-0000-0000-0000-000000000001";

    private final Div owner = new Div();

    private static AuditEntry event(String action, String before, String after, String session, String address) {
        return AuditEntry.chain(
                "0".repeat(64),
                "510115",
                1,
                UUID.randomUUID(),
                Instant.parse("2026-12-07T02:00:00Z"),
                "wenjiang-officer",
                action,
                "cadre",
                CADRE_ID,
                "张三",
                before,
                after,
                session,
                address);
    }

    @Test
    void anActionIsShownInWordsNotAsItsCode() {
        UI.getCurrent().add(owner);

        assertThat(AuditTexts.action(owner, "cadre.file.open")).isEqualTo("查阅干部档案");
        assertThat(AuditTexts.action(owner, "training.publication.publish")).isEqualTo("向下级发布");
        assertThat(AuditTexts.action(owner, "unknown-plugin.thing.do")).isEqualTo("unknown-plugin.thing.do");
    }

    @Test
    void aModulesActionAndRecordAreShownInTheModulesWords() {
        MockVaadin.tearDown();
        PortalUi.start(new Routes(), Map.of(PluginHost.class, new PluginHost() {
            @Override
            public List<ResourceBundle> bundles(Locale locale) {
                return List.of(ResourceBundle.getBundle("rulestest.training", locale));
            }
        }));
        UI.getCurrent().add(owner);
        AuditEntry created = AuditEntry.chain(
                "0".repeat(64),
                "510115",
                1,
                UUID.randomUUID(),
                Instant.parse("2026-12-07T02:00:00Z"),
                "wenjiang-officer",
                "training.course.create",
                "training_course",
                UUID.randomUUID().toString(),
                "乡村振兴专题培训班",
                null,
                "{}");

        assertThat(AuditTexts.action(owner, created.action())).isEqualTo("新建课程");
        assertThat(AuditTexts.subject(owner, created)).isEqualTo("培训课程 乡村振兴专题培训班");
    }

    @Test
    void theRecordIsNamedNotGivenAsAnId() {
        UI.getCurrent().add(owner);

        String subject = AuditTexts.subject(owner, event("cadre.file.open", null, null, null, null));

        assertThat(subject).isEqualTo("干部 张三").doesNotContain(CADRE_ID);
    }

    @Test
    void fieldsAreLabelledAndTheirCodesInWords() {
        UI.getCurrent().add(owner);
        AuditEntry update = event(
                "cadre.update",
                "{\"name\":\"张三\",\"gender\":\"MALE\",\"mainPost\":true}",
                "{\"name\":\"张叁\",\"gender\":\"MALE\",\"mainPost\":false,\"newField\":\"x\"}",
                null,
                null);

        var rows = AuditFieldTable.rows(owner, update).orElseThrow();

        assertThat(rows)
                .extracting(AuditFieldTable.Row::label, AuditFieldTable.Row::before, AuditFieldTable.Row::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("姓名", "张三", "张叁"),
                        org.assertj.core.groups.Tuple.tuple("性别", "男", "男"),
                        org.assertj.core.groups.Tuple.tuple("主要职务", "是", "否"),
                        org.assertj.core.groups.Tuple.tuple("newField", "", "x"));
    }

    @Test
    void anEnglishAuditorReadsEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().add(owner);

        assertThat(AuditTexts.action(owner, "cadre.file.open")).isEqualTo("Opened a cadre file");
        assertThat(AuditTexts.subject(owner, event("cadre.file.open", null, null, null, null)))
                .isEqualTo("Cadre 张三");
    }

    @Test
    void twoSessionsOfOneUserAreToldApart() {
        String first = AuditTexts.origin(event("cadre.file.open", null, null, "0123456789abcdef", "10.0.0.7"));
        String second = AuditTexts.origin(event("cadre.file.open", null, null, "fedcba9876543210", "10.0.0.7"));

        assertThat(first).isEqualTo("0123456789abcdef · 10.0.0.7");
        assertThat(second).isNotEqualTo(first);
        assertThat(AuditTexts.origin(event("cadre.file.open", null, null, null, null)))
                .isEmpty();
    }

    @Test
    void textThatIsNotTheTrailsJsonIsLeftToTheDialogAsItIs() {
        assertThat(AuditFieldTable.rows(owner, event("cadre.update", "not json", null, null, null)))
                .isEmpty();
    }
}
