package cn.zugong.core.selection.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the provincial inspector counts per county (H2): recorded exceptions by kind, acknowledged
 * warnings, skipped publicity, appointments that left a unit over its posts, cases past their step's
 * deadline; each count lists exactly its cases, and a supervisor's opening of one is an audited read
 * in the county's chain.
 */
class OversightServiceTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

    private TestDatabase db;
    private EntityManager em;
    private int number;
    private UUID excepted;
    private UUID acknowledged;

    @BeforeEach
    void fixture() throws Exception {
        db = new TestDatabase(SelectionCase.class, GateRecord.class, RecordedException.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        excepted = selectionCase(WENJIANG, 2, "OPEN", null, false);
        acknowledged = selectionCase(WENJIANG, 45, "OPEN", null, false);
        selectionCase(WENJIANG, 3, "DONE", "换届时已公示", true);
        selectionCase(PIDU, 10, "OPEN", null, false);
        exception(WENJIANG, excepted, "QUOTA_ADJUSTMENT");
        exception(WENJIANG, excepted, "BREAK_GRADE");
        gate(WENJIANG, acknowledged, true);
        gate(WENJIANG, acknowledged, true);
        gate(WENJIANG, excepted, false);
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        db.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private UUID selectionCase(String tenant, int daysAtStep, String status, String skipped, boolean overQuota)
            throws Exception {
        number++;
        UUID id = UUID.randomUUID();
        Timestamp since = Timestamp.from(NOW.minus(daysAtStep, ChronoUnit.DAYS));
        db.execute(
                "insert into selection_case (tenant_id, id, case_no, kind, title, step, step_since, status,"
                        + " opened_at, opened_by, publicity_skipped, left_over_quota)"
                        + " values (?, ?, ?, 'APPOINT', ?, 'DECISION', ?, ?, ?, 'officer', ?, ?)",
                tenant,
                id,
                "2026-" + number,
                "case " + number,
                since,
                status,
                since,
                skipped,
                overQuota);
        return id;
    }

    private void exception(String tenant, UUID caseId, String kind) throws Exception {
        db.execute(
                "insert into selection_exception (tenant_id, id, case_id, cadre_id, kind, document_no, approver,"
                        + " approved_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, 'W[2026]1', 'office',"
                        + " date '2026-06-01', 'admin', current_timestamp)",
                tenant,
                UUID.randomUUID(),
                caseId,
                UUID.randomUUID(),
                kind);
    }

    private void gate(String tenant, UUID caseId, boolean acknowledged) throws Exception {
        db.execute(
                "insert into selection_gate_result (tenant_id, id, case_id, cadre_id, step, gate_id, outcome, reason_key,"
                        + " checked_at, override_at, override_by, override_reason)"
                        + " values (?, ?, ?, ?, 'INITIATION', 'training.requirement', 'WARNING', 'r', current_timestamp,"
                        + " ?, ?, ?)",
                tenant,
                UUID.randomUUID(),
                caseId,
                UUID.randomUUID(),
                acknowledged ? Timestamp.from(NOW) : null,
                acknowledged ? "officer" : null,
                acknowledged ? "the committee was told" : null);
    }

    private OversightService as(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("inspector", "Inspector", Set.of(role), Set.of()));
        em = db.entityManager();
        OversightService service =
                TestDatabase.wire(TestDatabase.wire(new OversightService(), "em", em), "reports", em);
        AuditTrail audit = TestDatabase.auditTrail(em);
        service.journal = TestDatabase.wire(new CaseJournal(), "audit", audit);
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    private OversightService supervisor() {
        return as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))), "supervisor");
    }

    @Test
    void eachCountyIsCountedByCasesPerMeasure() {
        assertThat(supervisor().counties())
                .containsExactly(
                        new CountyOversight(
                                WENJIANG,
                                Map.of(
                                        OversightMeasure.BREAK_GRADE, 1,
                                        OversightMeasure.QUOTA_ADJUSTMENT, 1,
                                        OversightMeasure.ACKNOWLEDGED, 1,
                                        OversightMeasure.PUBLICITY_SKIPPED, 1,
                                        OversightMeasure.OVER_QUOTA, 1,
                                        OversightMeasure.OVERDUE, 1)),
                        new CountyOversight(PIDU, Map.of()));
    }

    @Test
    void eachCountListsItsCases() {
        OversightService service = supervisor();

        assertThat(service.cases(WENJIANG, OversightMeasure.QUOTA_ADJUSTMENT))
                .extracting(CaseRow::id)
                .containsExactly(excepted);
        assertThat(service.cases(WENJIANG, OversightMeasure.ACKNOWLEDGED))
                .extracting(CaseRow::id)
                .containsExactly(acknowledged);
        assertThat(service.cases(WENJIANG, OversightMeasure.OVERDUE))
                .extracting(CaseRow::id)
                .containsExactly(acknowledged);
        assertThat(service.cases(PIDU, OversightMeasure.QUOTA_ADJUSTMENT)).isEmpty();
    }

    @Test
    void aCountyUserCountsOnlyTheOwnCounty() {
        OversightService pidu = as(Tenancy.writing(new TenantId(PIDU)), CurrentUser.OFFICER);

        assertThat(pidu.counties()).extracting(CountyOversight::tenantId).containsExactly(PIDU);
        assertThat(pidu.cases(WENJIANG, OversightMeasure.QUOTA_ADJUSTMENT)).isEmpty();
    }

    @Test
    void aSupervisorsOpeningOfACaseFromACountIsAnAuditedReadInTheCountysChain() throws Exception {
        OversightService service = supervisor();

        em.getTransaction().begin();
        service.opened(excepted, OversightMeasure.QUOTA_ADJUSTMENT);
        em.getTransaction().commit();

        assertThat(db.count(
                        "select count(*) from audit_event where tenant_id = ? and subject_id = ? and action = ?"
                                + " and actor = 'inspector'",
                        WENJIANG,
                        excepted.toString(),
                        "selection.case.open"))
                .isEqualTo(1);
    }

    @Test
    void theCountysOwnWritersAreNotJournaledForReading() throws Exception {
        OversightService service = as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);

        em.getTransaction().begin();
        service.opened(excepted, null);
        em.getTransaction().commit();

        assertThat(db.count("select count(*) from audit_event where action = 'selection.case.open'"))
                .isZero();
    }
}
