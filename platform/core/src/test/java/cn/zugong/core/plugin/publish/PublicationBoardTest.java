package cn.zugong.core.plugin.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.publish.Publication;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publications on the portal's schema (H2): who publishes, who reads what from above, withdrawal, audit. */
class PublicationBoardTest {

    private static final TenantId SICHUAN = new TenantId("510000");
    private static final TenantId CHENGDU = new TenantId("510100");
    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");
    private static final TenantId YUNNAN = new TenantId("530000");
    private static final TenantId WUHUA = new TenantId("530102");

    private TestDatabase db;
    private EntityManager em;

    @BeforeEach
    void migrate() throws Exception {
        db = new TestDatabase(PublishedItem.class, cn.zugong.core.tenant.Tenant.class);
        tenant(SICHUAN, null, "/510000/");
        tenant(CHENGDU, SICHUAN, "/510000/510100/");
        tenant(WENJIANG, CHENGDU, "/510000/510100/510115/");
        tenant(PIDU, CHENGDU, "/510000/510100/510117/");
        tenant(YUNNAN, null, "/530000/");
        tenant(WUHUA, YUNNAN, "/530000/530102/");
    }

    private void tenant(TenantId id, TenantId parent, String path) throws Exception {
        db.execute(
                "insert into tenant (code, parent_code, path, name_zh, name_en) values (?, ?, ?, ?, ?)",
                id.code(),
                parent == null ? null : parent.code(),
                path,
                id.code(),
                id.code());
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        db.close();
        TenancyHolder.clear();
    }

    private PublicationBoard as(Tenancy tenancy) {
        if (em != null) {
            em.close();
        }
        TenancyHolder.set(tenancy);
        em = db.entityManager();
        PublicationBoard board = new PublicationBoard();
        board.em = em;
        board.audit = TestDatabase.auditTrail(em);
        board.directory = TestDatabase.wire(new TenantDirectory(), "em", em);
        return board;
    }

    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        work.run();
        em.getTransaction().commit();
    }

    @Test
    void aProvincesCourseReachesEveryCountyBelowItAndNoOtherProvince() throws Exception {
        PublicationBoard province = as(Tenancy.writing(SICHUAN));
        inTransaction(() -> province.publish("training", "course", "c1", Map.of("name", "Party school spring class")));

        assertThat(as(Tenancy.writing(WENJIANG)).fromAbove("training", "course"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.publisher()).isEqualTo(SICHUAN);
                    assertThat(p.key()).isEqualTo("c1");
                    assertThat(p.content()).containsEntry("name", "Party school spring class");
                });
        assertThat(as(Tenancy.writing(PIDU)).fromAbove("training", "course")).hasSize(1);
        assertThat(as(Tenancy.writing(WUHUA)).fromAbove("training", "course")).isEmpty();
        assertThat(as(Tenancy.writing(WENJIANG)).fromAbove("rotation", "course"))
                .as("a plugin sees only its own publications")
                .isEmpty();
        assertThat(db.count("select count(*) from audit_event where action = 'training.publication.publish'"
                        + " and tenant_id = '510000'"))
                .isEqualTo(1);
    }

    @Test
    void aCityPublishesToItsCountiesAndACountySeesBothDepartmentsAboveIt() {
        PublicationBoard province = as(Tenancy.writing(SICHUAN));
        inTransaction(() -> province.publish("training", "course", "p1", Map.of("name", "province")));
        PublicationBoard city = as(Tenancy.writing(CHENGDU));
        inTransaction(() -> city.publish("training", "course", "m1", Map.of("name", "city")));

        assertThat(as(Tenancy.writing(WENJIANG)).fromAbove("training", "course"))
                .extracting(Publication::key)
                .containsExactlyInAnyOrder("p1", "m1");
        assertThat(as(Tenancy.writing(CHENGDU)).fromAbove("training", "course"))
                .extracting(Publication::key)
                .containsExactly("p1");
        assertThat(as(Tenancy.writing(CHENGDU)).published("training", "course"))
                .extracting(Publication::key)
                .containsExactly("m1");
    }

    @Test
    void aCountyCannotPublishNorCanAReadOnlySupervisor() {
        PublicationBoard county = as(Tenancy.writing(WENJIANG));
        assertThatThrownBy(() -> county.publish("training", "course", "x", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        PublicationBoard supervisor = as(Tenancy.reading(Set.of(SICHUAN, WENJIANG)));
        assertThatThrownBy(() -> supervisor.publish("training", "course", "x", Map.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(supervisor.fromAbove("training", "course"))
                .as("several tenants read: nothing is 'above' one county")
                .isEmpty();
    }

    @Test
    void republishingReplacesTheContentAndWithdrawingHidesIt() {
        PublicationBoard province = as(Tenancy.writing(SICHUAN));
        inTransaction(() -> province.publish("training", "course", "c1", Map.of("hours", "40", "note", "a=b\nc")));
        inTransaction(() -> province.publish("training", "course", "c1", Map.of("hours", "48", "note", "a=b\nc")));

        assertThat(as(Tenancy.writing(WENJIANG)).fromAbove("training", "course"))
                .singleElement()
                .satisfies(p ->
                        assertThat(p.content()).containsEntry("hours", "48").containsEntry("note", "a=b\nc"));

        PublicationBoard again = as(Tenancy.writing(SICHUAN));
        inTransaction(() -> again.withdraw("training", "course", "c1"));
        assertThat(as(Tenancy.writing(WENJIANG)).fromAbove("training", "course"))
                .isEmpty();
        assertThat(as(Tenancy.writing(SICHUAN)).published("training", "course")).isEmpty();
    }
}
