package cn.zugong.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditChainHead;
import cn.zugong.core.audit.AuditEvent;
import cn.zugong.core.cadre.application.CadreFiguresService;
import cn.zugong.core.cadre.application.CadreSearchService;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreHit;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.selection.application.OversightService;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.testdb.ScratchPostgres;
import cn.zugong.core.testdb.ScratchReplica;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports' path (persistence unit {@code zugong-reports}: {@link ReportsConnectionProvider}
 * with the portal's tenant resolver and mapping) on the local PostgreSQL's real streaming replica
 * (port 5433): the dashboard's figures, the supervisors' search, list and oversight counts read
 * there what the primary committed, behind the same wall ({@code zugong_enter} on a hot standby),
 * and nothing is written through it. Skipped without a replica, failing under {@code CI=true}.
 */
class ReplicaReportsPostgresTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510124";
    private static final String XINDU = "510114";
    private static final String XINJIN = "510118";

    private static ScratchPostgres primary;
    private static DataSource replica;
    private static SessionFactory reports;

    @BeforeAll
    static void replicate() throws SQLException {
        ScratchReplica.require();
        primary = ScratchPostgres.migrated("replica");
        for (String county : List.of(WENJIANG, PIDU, XINDU, XINJIN)) {
            primary.tenant(county, null, "/" + county + "/");
            overQuotaCase(county);
        }
        cadre(WENJIANG, "温江甲一");
        cadre(WENJIANG, "温江甲二");
        cadre(PIDU, "郫都甲三");
        cadre(XINDU, "新都甲四");
        replica = ScratchReplica.of(primary);
        reports = sessions(new ReportsConnectionProvider(replica));
    }

    @AfterAll
    static void drop() throws SQLException {
        if (reports != null) {
            reports.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    void aRowCommittedOnThePrimaryIsReadThroughTheReportsPathOnTheReplica() throws SQLException {
        Tenancy xinjin = Tenancy.writing(new TenantId(XINJIN));
        long before = read(reports, xinjin, em -> figures(em).total(XINJIN));

        cadre(XINJIN, "新津乙一");
        ScratchReplica.awaitReplay(primary, replica);

        long after = read(reports, xinjin, em -> figures(em).total(XINJIN));
        List<CadreHit> hits = read(reports, xinjin, em -> search(em, "新津"));
        assertThat(before).isZero();
        assertThat(after).isEqualTo(1);
        assertThat(hits).extracting(CadreHit::name).containsExactly("新津乙一");
    }

    @Test
    void aCountyBoundOnTheReplicaNeverSeesAnotherCountysRows() {
        Tenancy pidu = Tenancy.writing(new TenantId(PIDU));

        CadreFigures figures = read(reports, pidu, ReplicaReportsPostgresTest::figures);
        assertThat(figures.counties()).containsExactly(PIDU);
        assertThat(figures.total(PIDU)).isEqualTo(1);
        assertThat(figures.total(WENJIANG)).isZero();
        List<CadreHit> hits = read(reports, pidu, em -> search(em, "甲"));
        assertThat(hits).extracting(CadreHit::name).containsExactly("郫都甲三");
        List<CountyOversight> counties = read(reports, pidu, em -> oversight(em).counties());
        assertThat(counties).extracting(CountyOversight::tenantId).containsExactly(PIDU);
        // Below Hibernate, the replicated row-level security: native SQL sees Pidu's rows only, and
        // a setting of the connection's own widens nothing (it is not proven by zugong_enter).
        long walled = read(reports, pidu, ReplicaReportsPostgresTest::countAllCadres);
        long widened = read(reports, pidu, em -> {
            em.createNativeQuery("select set_config('zugong.read_tenants', ?1, true)")
                    .setParameter(1, WENJIANG + "," + PIDU + "," + XINDU)
                    .getSingleResult();
            return countAllCadres(em);
        });
        assertThat(walled).isEqualTo(1);
        assertThat(widened).isZero();
    }

    @Test
    void aSupervisorsScopeReadsOnlyItsCountiesOnTheReplica() {
        Tenancy scope = Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU)));

        CadreFigures figures = read(reports, scope, ReplicaReportsPostgresTest::figures);
        assertThat(figures.counties()).containsExactlyInAnyOrder(WENJIANG, PIDU);
        assertThat(figures.total(WENJIANG)).isEqualTo(2);
        assertThat(figures.total(PIDU)).isEqualTo(1);
        assertThat(figures.total(XINDU)).isZero();
        List<CadreHit> hits = read(reports, scope, em -> search(em, "甲"));
        assertThat(hits).extracting(CadreHit::name).containsExactlyInAnyOrder("温江甲一", "温江甲二", "郫都甲三");
        List<CountyOversight> counties =
                read(reports, scope, em -> oversight(em).counties());
        assertThat(counties).extracting(CountyOversight::tenantId).containsExactlyInAnyOrder(WENJIANG, PIDU);
        assertThat(counties).allSatisfy(county -> assertThat(county.counts().get(OversightMeasure.OVER_QUOTA))
                .isEqualTo(1));
        // The supervisor's cadre list and its count: the reports' unit only (no primary wired).
        List<CadreRow> rows = read(reports, scope, em -> list(em).list(
                        new CadreQuery(CadreFilter.NONE, CadreQuery.Sort.NAME, true, 0, 50)));
        assertThat(rows)
                .extracting(CadreRow::tenantId)
                .containsOnly(WENJIANG, PIDU)
                .hasSize(3);
        int count = read(reports, scope, em -> list(em).count(CadreFilter.NONE));
        assertThat(count).isEqualTo(3);
    }

    @Test
    void theReportsPathReadsTheReplicaAndWritesNothing() throws SQLException {
        Tenancy pidu = Tenancy.writing(new TenantId(PIDU));

        boolean replicaInRecovery = read(reports, pidu, ReplicaReportsPostgresTest::inRecovery);
        assertThat(replicaInRecovery).isTrue();
        assertThatThrownBy(() -> read(reports, pidu, ReplicaReportsPostgresTest::renameAll))
                .hasStackTraceContaining("read-only transaction");
        // Without a replica the unit reads the primary, read-only as well.
        try (SessionFactory onPrimary = sessions(new ReportsConnectionProvider(primary.app()))) {
            boolean primaryInRecovery = read(onPrimary, pidu, ReplicaReportsPostgresTest::inRecovery);
            long total = read(onPrimary, pidu, em -> figures(em).total(PIDU));
            assertThat(primaryInRecovery).isFalse();
            assertThat(total).isEqualTo(1);
            assertThatThrownBy(() -> read(onPrimary, pidu, ReplicaReportsPostgresTest::renameAll))
                    .hasStackTraceContaining("read-only transaction");
        }
        List<CadreHit> hits = read(reports, pidu, em -> search(em, "郫都"));
        assertThat(hits).extracting(CadreHit::name).containsExactly("郫都甲三");
    }

    /** Runs work in one transaction of a reports' entity manager, as the request's transaction would. */
    private static <T> T read(SessionFactory sessions, Tenancy tenancy, Function<EntityManager, T> work) {
        TenancyHolder.set(tenancy);
        EntityManager em = sessions.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            TenancyHolder.clear();
        }
    }

    private static CadreFigures figures(EntityManager em) {
        return TestDatabase.wire(new CadreFiguresService(), "em", em).figures();
    }

    private static List<CadreHit> search(EntityManager em, String name) {
        return TestDatabase.wire(new CadreSearchService(), "em", em).search(name, null, null);
    }

    private static OversightService oversight(EntityManager em) {
        return TestDatabase.wire(new OversightService(), "reports", em);
    }

    private static CadreService list(EntityManager em) {
        return TestDatabase.wire(new CadreService(), "reports", em);
    }

    private static long countAllCadres(EntityManager em) {
        return ((Number) em.createNativeQuery("select count(*) from cadre").getSingleResult()).longValue();
    }

    private static boolean inRecovery(EntityManager em) {
        return (Boolean) em.createNativeQuery("select pg_is_in_recovery()").getSingleResult();
    }

    private static int renameAll(EntityManager em) {
        return em.createNativeQuery("update cadre set name = name").executeUpdate();
    }

    /** A session factory like the reports' persistence unit, on the given connection provider. */
    private static SessionFactory sessions(ReportsConnectionProvider connections) {
        Configuration configuration = new Configuration();
        List.of(
                        Tenant.class,
                        OrgUnit.class,
                        TenantPlugin.class,
                        Cadre.class,
                        CadrePhoto.class,
                        PostHolding.class,
                        FamilyMember.class,
                        Assessment.class,
                        RewardPunishment.class,
                        CadreStatusChange.class,
                        UnitPosition.class,
                        AuditEvent.class,
                        AuditChainHead.class,
                        SelectionCase.class,
                        RecordedException.class,
                        GateRecord.class)
                .forEach(configuration::addAnnotatedClass);
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        configuration.setProperty("hibernate.tenant_identifier_resolver", ContextTenantResolver.class.getName());
        configuration.getProperties().put("hibernate.multi_tenant_connection_provider", connections);
        configuration.setProperty(
                "hibernate.connection.handling_mode", "DELAYED_ACQUISITION_AND_RELEASE_AFTER_TRANSACTION");
        configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
        configuration.setProperty("hibernate.jpa.compliance.query", "false");
        configuration.setProperty("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        return configuration.buildSessionFactory();
    }

    /** An active cadre of a county, committed on the primary by the portal's role behind the wall. */
    private static void cadre(String county, String name) throws SQLException {
        onPrimary(
                county,
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, post_level,"
                        + " current_post) values (?, ?, ?, 'x', 'x', 'MALE', date '1980-01-01', '汉族',"
                        + " 'CPC_MEMBER', 'COUNTY', 'ACTIVE', date '2020-01-01', 'TOWNSHIP_DEPUTY', '副镇长')",
                name);
    }

    /** An open case of a county that left its unit over its approved posts. */
    private static void overQuotaCase(String county) throws SQLException {
        onPrimary(
                county,
                "insert into selection_case (tenant_id, id, case_no, kind, title, step, step_since, status,"
                        + " opened_at, opened_by, left_over_quota) values (?, ?, ?, 'APPOINT', 't', 'APPOINTMENT',"
                        + " now(), 'OPEN', now(), 'officer', true)",
                county + "-1");
    }

    private static void onPrimary(String county, String insert, String text) throws SQLException {
        try (Connection app = primary.app().getConnection()) {
            app.setAutoCommit(false);
            TenantWallConnectionProvider.bind(app, Tenancy.writing(new TenantId(county)));
            try (PreparedStatement statement = app.prepareStatement(insert)) {
                statement.setString(1, county);
                statement.setObject(2, UUID.randomUUID());
                statement.setString(3, text);
                statement.executeUpdate();
            }
            app.commit();
        }
    }
}
