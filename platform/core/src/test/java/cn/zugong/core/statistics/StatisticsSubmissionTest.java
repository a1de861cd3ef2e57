package cn.zugong.core.statistics;

import static cn.zugong.core.statistics.StatisticsFixture.PIDU;
import static cn.zugong.core.statistics.StatisticsFixture.WENJIANG;
import static cn.zugong.core.statistics.StatisticsFixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.testdb.RegistryRows;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county submits its year: the figures freeze, the chain records their hash, the province sees it. */
class StatisticsSubmissionTest {

    private TestDatabase db;
    private EntityManager em;

    @BeforeEach
    void seed() throws Exception {
        db = StatisticsFixture.seed();
    }

    @AfterEach
    void clear() {
        if (em != null) {
            em.close();
        }
        TenancyHolder.clear();
        CurrentUserHolder.clear();
        db.close();
    }

    private StatisticsService as(Tenancy tenancy, String role) {
        if (em != null) {
            em.close();
        }
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user-" + role, "User", Set.of(role), Set.of()));
        em = db.entityManager();
        return StatisticsFixture.service(em);
    }

    private StatisticsSubmission submitAsWenjiangOfficer(int year) {
        StatisticsService service = as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
        em.getTransaction().begin();
        StatisticsSubmission submission = service.submit(year);
        em.getTransaction().commit();
        return submission;
    }

    @Test
    void aSubmittedYearKeepsItsFiguresWhenTheRegistryChangesAfterwards() throws Exception {
        StatisticsSubmission submission = submitAsWenjiangOfficer(2025);
        RegistryRows rows = new RegistryRows(db);
        UUID late = rows.cadre(WENJIANG, "癸", "FEMALE", d("1980-01-01"), "汉族", "CPC_MEMBER", "UNIVERSITY", null, null);
        rows.holding(WENJIANG, late, null, "COUNTY_DEPUTY", false, d("2021-01-01"), null);

        YearStatistics year =
                as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER).year(2025);
        YearStatistics.County wenjiang = year.county(WENJIANG).orElseThrow();

        assertThat(wenjiang.submitted()).isTrue();
        assertThat(wenjiang.figures().total(StatColumn.TOTAL)).isEqualTo(4);
        assertThat(wenjiang.figures().basic(StatRow.COUNTY_DEPUTY, StatColumn.FEMALE))
                .isEqualTo(1);
        assertThat(wenjiang.figures().sha256()).isEqualTo(submission.getSha256());
        // The year not submitted is computed afresh and sees the late entry.
        assertThat(as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER)
                        .year(2026)
                        .total()
                        .total(StatColumn.TOTAL))
                .isEqualTo(5);
    }

    @Test
    void theChainRecordsTheSubmissionWithTheHashOfTheFigures() throws Exception {
        StatisticsSubmission submission = submitAsWenjiangOfficer(2025);

        assertThat(db.count(
                        "select count(*) from audit_event where tenant_id = ? and action = 'statistics.submit'"
                                + " and after_json like ?",
                        WENJIANG,
                        "%" + submission.getSha256() + "%"))
                .isEqualTo(1);
        assertThat(submission.getSha256()).hasSize(64);
        assertThat(submission.getReferenceDate()).isEqualTo(d("2025-12-31"));
    }

    @Test
    void theProvinceSeesWhoHasSubmitted() {
        submitAsWenjiangOfficer(2025);

        YearStatistics year = as(
                        Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))), TenancyPolicy.SUPERVISOR)
                .year(2025);

        assertThat(year.county(WENJIANG).orElseThrow().submitted()).isTrue();
        assertThat(year.county(PIDU).orElseThrow().submitted()).isFalse();
        assertThat(year.submittedCount()).isEqualTo(1);
        assertThat(year.total().total(StatColumn.TOTAL)).isEqualTo(5);
    }

    @Test
    void aYearIsSubmittedOnceAndOnlyAfterItsReferenceDate() {
        submitAsWenjiangOfficer(2025);
        StatisticsService service = as(Tenancy.writing(new TenantId(WENJIANG)), CurrentUser.OFFICER);
        em.getTransaction().begin();

        assertThatThrownBy(() -> service.submit(2025))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).problems().getFirst().messageKey())
                        .isEqualTo("statistics.error.submitted"));
        assertThatThrownBy(() -> service.submit(2026))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).problems().getFirst().messageKey())
                        .isEqualTo("statistics.error.not-ended"));
    }

    @Test
    void aSupervisorOrAViewerCannotSubmit() {
        StatisticsService supervisor =
                as(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))), TenancyPolicy.SUPERVISOR);
        assertThatThrownBy(() -> supervisor.submit(2025)).isInstanceOf(AccessDeniedException.class);
        StatisticsService viewer = as(Tenancy.writing(new TenantId(PIDU)), "viewer");
        assertThatThrownBy(() -> viewer.submit(2025)).isInstanceOf(AccessDeniedException.class);
    }
}
