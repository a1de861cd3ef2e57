package cn.zugong.core.selection.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.CountyCases;
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
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case list and the supervisors' overview on the portal's schema (H2). */
class SelectionOverviewTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final String XINJIN = "510118";
    private static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

    private TestDatabase db;
    private EntityManager em;
    private int number;

    @BeforeEach
    void fixture() throws Exception {
        db = new TestDatabase(SelectionCase.class, cn.zugong.core.selection.domain.CaseExchange.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        db.tenant(XINJIN);
        selectionCase(WENJIANG, SelectionStep.INITIATION, 2, CaseStatus.OPEN);
        selectionCase(WENJIANG, SelectionStep.INSPECTION, 45, CaseStatus.OPEN);
        selectionCase(WENJIANG, SelectionStep.INSPECTION, 10, CaseStatus.OPEN);
        selectionCase(WENJIANG, SelectionStep.DECISION, 90, CaseStatus.WITHDRAWN);
        selectionCase(PIDU, SelectionStep.PUBLICITY, 31, CaseStatus.OPEN);
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

    private void selectionCase(String tenant, SelectionStep step, int daysAtStep, CaseStatus status) throws Exception {
        number++;
        Timestamp since = Timestamp.from(NOW.minus(daysAtStep, ChronoUnit.DAYS));
        db.execute(
                "insert into selection_case (tenant_id, id, case_no, kind, title, step, step_since, status,"
                        + " opened_at, opened_by) values (?, ?, ?, 'APPOINT', ?, ?, ?, ?, ?, 'officer')",
                tenant,
                UUID.randomUUID(),
                "2026-" + number,
                "case " + number,
                step.name(),
                since,
                status.name(),
                since);
    }

    private SelectionService as(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        em = db.entityManager();
        SelectionService service = new SelectionService();
        service.em = em;
        service.reports = em;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    private SelectionService supervisor() {
        return as(
                Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU), new TenantId(XINJIN))),
                "supervisor");
    }

    @Test
    void aSupervisorSeesEachCountysOpenCasesPerStepAndTheOverdueOnes() {
        assertThat(supervisor().overview())
                .containsExactly(
                        new CountyCases(
                                WENJIANG,
                                3,
                                java.util.Map.of(SelectionStep.INITIATION, 1, SelectionStep.INSPECTION, 2),
                                1),
                        new CountyCases(PIDU, 1, java.util.Map.of(SelectionStep.PUBLICITY, 1), 1),
                        new CountyCases(XINJIN, 0, java.util.Map.of(), 0));
    }

    @Test
    void theOverdueThresholdIsASetting() {
        System.setProperty(SelectionService.OVERDUE_DAYS, "40");
        try {
            assertThat(supervisor().overview()).extracting(CountyCases::overdue).containsExactly(1, 0, 0);
        } finally {
            System.clearProperty(SelectionService.OVERDUE_DAYS);
        }
    }

    @Test
    void aCountyOfficerSeesOnlyHisCounty() {
        SelectionService service = as(Tenancy.writing(new TenantId(PIDU)), CurrentUser.OFFICER);

        assertThat(service.overview()).extracting(CountyCases::tenantId).containsExactly(PIDU);
        assertThat(service.count(WENJIANG, false)).isZero();
        assertThat(service.list(WENJIANG, false, 0, 10)).isEmpty();
    }

    @Test
    void theListFiltersByCountyAndByOpenCases() {
        SelectionService service = supervisor();

        assertThat(service.count(false)).isEqualTo(5);
        assertThat(service.count(true)).isEqualTo(4);
        assertThat(service.count(WENJIANG, false)).isEqualTo(4);
        assertThat(service.list(WENJIANG, true, 0, 10))
                .extracting(CaseRow::step)
                .containsExactly(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.INSPECTION);
    }

    @Test
    void eachStepsCountEqualsTheRowsOfTheListItOpens() {
        SelectionService service = supervisor();

        for (CountyCases county : service.overview()) {
            for (SelectionStep step : SelectionStep.values()) {
                int shown = county.atStep(step);
                assertThat(service.count(county.tenantId(), step, true)).isEqualTo(shown);
                assertThat(service.list(county.tenantId(), step, true, 0, 100))
                        .hasSize(shown)
                        .allSatisfy(row -> assertThat(row.step()).isEqualTo(step));
            }
        }
        assertThat(service.count(null, SelectionStep.INSPECTION, true)).isEqualTo(2);
    }

    @Test
    void aCountyOfficerListsNoOtherCountysCasesAtAStep() {
        SelectionService service = as(Tenancy.writing(new TenantId(PIDU)), CurrentUser.OFFICER);

        assertThat(service.list(WENJIANG, SelectionStep.INSPECTION, true, 0, 10))
                .isEmpty();
        assertThat(service.count(null, SelectionStep.INSPECTION, true)).isZero();
        assertThat(service.count(null, SelectionStep.PUBLICITY, true)).isEqualTo(1);
    }
}
