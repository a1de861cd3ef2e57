package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreAudit;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The cadre registry on an in-memory H2 database, with the import and export wired by hand as CDI
 * wires them, for one county and an officer (who reads sensitive parts). Each call runs in a
 * transaction of its own, as the {@code @Transactional} services do on the server.
 */
final class Registry implements AutoCloseable {

    static final String COUNTY = "510115";
    static final String OFFICER = "\u5f20\u7ec4\u5de5";
    static final String TABLES = "cadre,family_member,assessment,reward_punishment,cadre_photo,audit_event";

    final TestDatabase db;
    private final EntityManager em;
    final LrmxImport importer;
    final LrmxExport exporter;

    Registry() throws SQLException {
        db = new TestDatabase(
                Cadre.class,
                FamilyMember.class,
                Assessment.class,
                RewardPunishment.class,
                CadrePhoto.class,
                PostHolding.class,
                CadreStatusChange.class,
                OrgUnit.class);
        db.tenant(COUNTY);
        TenancyHolder.set(Tenancy.writing(new TenantId(COUNTY)));
        em = db.entityManager();
        CadreAudit audit = TestDatabase.wire(new CadreAudit(), "trail", TestDatabase.auditTrail(em));
        CadreService cadres = TestDatabase.wire(
                TestDatabase.wire(TestDatabase.wire(new CadreService(), "em", em), "reports", em), "audit", audit);
        importer = TestDatabase.wire(TestDatabase.wire(new LrmxImport(), "em", em), "cadres", cadres);
        exporter = TestDatabase.wire(TestDatabase.wire(new LrmxExport(), "cadres", cadres), "audit", audit);
        as(CurrentUser.OFFICER);
    }

    /** The user from now on, with the one role given. */
    void as(String role) {
        CurrentUserHolder.set(new CurrentUser("officer", OFFICER, Set.of(role), Set.of()));
    }

    <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    /** The rows of every table an import writes, summed. */
    long rows() throws SQLException {
        return db.count("select "
                + String.join(
                        " + ",
                        Arrays.stream(TABLES.split(","))
                                .map(t -> "(select count(*) from " + t + ")")
                                .toList()));
    }

    <T> T only(Class<T> type) {
        return em.createQuery("select x from " + type.getSimpleName() + " x", type)
                .getSingleResult();
    }

    <T> java.util.List<T> all(Class<T> type) {
        return em.createQuery("select x from " + type.getSimpleName() + " x", type)
                .getResultList();
    }

    @Override
    public void close() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
        em.close();
        db.close();
    }
}
