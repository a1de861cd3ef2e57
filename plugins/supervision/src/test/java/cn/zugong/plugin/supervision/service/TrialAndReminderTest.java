package cn.zugong.plugin.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.notice.Notice;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.data.TrialEntity;
import cn.zugong.plugin.supervision.extension.ChecksDone;
import cn.zugong.plugin.supervision.extension.ReportsOnTime;
import cn.zugong.plugin.supervision.extension.TrialListener;
import cn.zugong.plugin.supervision.extension.TrialsDue;
import cn.zugong.plugin.supervision.testing.Reports;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.plugin.supervision.trial.TrialOutcome;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trials (DOMAIN §4.2), the daily reminders and the indicators (issue 20 items 6 and 9). */
class TrialAndReminderTest {

    private static final LocalDate APPOINTED = LocalDate.of(2025, 3, 1);

    private InMemoryPluginContext context;
    private CadreRef li;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create(SupervisionContext.WENJIANG, APPOINTED);
        li = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "李明", "TOWNSHIP_DEPUTY");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private CadreEvent.Appointed appointed(UUID caseId, boolean probation) {
        return new CadreEvent.Appointed(
                SupervisionContext.WENJIANG,
                li.id(),
                caseId,
                APPOINTED,
                UUID.randomUUID(),
                true,
                probation,
                "温委〔2025〕1号");
    }

    @Test
    void anAppointmentWithATrialOpensItOnceAndOneWithoutOpensNone() {
        UUID caseId = UUID.randomUUID();
        TrialListener listener = new TrialListener(context);
        listener.on(appointed(UUID.randomUUID(), false));
        listener.on(appointed(caseId, true));
        listener.on(appointed(caseId, true));
        assertThat(new TrialService(context).running()).singleElement().satisfies(t -> {
            assertThat(t.trial().endOn()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(t.trial().caseId()).contains(caseId);
        });
    }

    @Test
    void theEndAssessmentIsRemindedFromThirtyDaysBeforeTheEndUntilTheTrialEnds() {
        TrialEntity trial = new TrialService(context).record(li.id(), "某局副局长", APPOINTED);
        ReminderService reminders = new ReminderService(context);
        context.today(LocalDate.of(2026, 1, 28));
        assertThat(reminders.run(SupervisionContext.WENJIANG).trialsDue()).isZero();
        assertThat(context.notices(SupervisionContext.WENJIANG)).isEmpty();
        context.today(LocalDate.of(2026, 1, 29));
        assertThat(reminders.run(SupervisionContext.WENJIANG).trialsDue()).isEqualTo(1);
        Notice notice = context.notices(SupervisionContext.WENJIANG).get("trial/" + trial.id());
        assertThat(notice.messageKey()).isEqualTo("supervision.notice.trialDue");
        assertThat(notice.args()).containsExactly("李明", "2026-02-28");
        assertThat(notice.audience().id()).isEqualTo("supervision.manage");
        assertThat(new TrialsDue(context).measure(SupervisionContext.WENJIANG)).isEqualTo(new Measure(1, 1));
        new TrialService(context).end(trial.id(), TrialOutcome.CONFIRMED);
        reminders.run(SupervisionContext.WENJIANG);
        assertThat(context.notices(SupervisionContext.WENJIANG)).isEmpty();
        assertThat(new TrialsDue(context).measure(SupervisionContext.WENJIANG)).isEqualTo(new Measure(0, 0));
    }

    @Test
    void anAbsenceOfHalfAYearExtendsTheTrialAndAShorterOneIsRefused() {
        TrialService trials = new TrialService(context);
        TrialEntity trial = trials.record(li.id(), "某局副局长", APPOINTED);
        assertThatThrownBy(() -> trials.absence(trial.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 29)))
                .isInstanceOf(Refused.class);
        TrialEntity extended = trials.absence(trial.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30));
        assertThat(extended.absenceDays()).isEqualTo(183);
        assertThat(extended.endOn()).isEqualTo(LocalDate.of(2026, 8, 30));
    }

    @Test
    void overdueReportsRaiseOneNoticeForTheReportHoldersNamingNone() {
        ReportService reports = new ReportService(context);
        reports.register(Reports.anonymous(APPOINTED));
        reports.register(Reports.anonymous(APPOINTED));
        ReminderService reminders = new ReminderService(context);
        assertThat(new ReportsOnTime(context).measure(SupervisionContext.WENJIANG))
                .isEqualTo(new Measure(2, 2));
        context.today(APPOINTED.plusDays(30));
        assertThat(reminders.run(SupervisionContext.WENJIANG).overdueReports()).isEqualTo(2);
        Map<String, Notice> notices = context.notices(SupervisionContext.WENJIANG);
        assertThat(notices.get("reports/overdue").args()).containsExactly("2");
        assertThat(notices.get("reports/overdue").audience().id()).isEqualTo("supervision.reports");
        assertThat(new ReportsOnTime(context).measure(SupervisionContext.WENJIANG))
                .isEqualTo(new Measure(0, 2));
        assertThat(new ChecksDone(context).measure(SupervisionContext.WENJIANG)).isEqualTo(new Measure(0, 0));
    }

    @Test
    void anExtendingAbsenceMovesTheEndAssessmentsReminderWithTheEnd() {
        // DOMAIN §4.2 [P] (Sichuan 2006): the trial runs longer by the absence; the reminder [I]
        // follows the new end, 30 days before it.
        TrialService trials = new TrialService(context);
        TrialEntity trial = trials.record(li.id(), "某局副局长", APPOINTED);
        trials.absence(trial.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30));
        ReminderService reminders = new ReminderService(context);
        context.today(LocalDate.of(2026, 1, 29));
        assertThat(reminders.run(SupervisionContext.WENJIANG).trialsDue()).isZero();
        context.today(LocalDate.of(2026, 7, 30));
        assertThat(reminders.run(SupervisionContext.WENJIANG).trialsDue()).isZero();
        context.today(LocalDate.of(2026, 7, 31));
        assertThat(reminders.run(SupervisionContext.WENJIANG).trialsDue()).isEqualTo(1);
        assertThat(context.notices(SupervisionContext.WENJIANG)
                        .get("trial/" + trial.id())
                        .args())
                .containsExactly("李明", "2026-08-30");
    }

    @Test
    void aCountyMayCountShorterAbsencesAsItsRulesSay() {
        // [P]: the half year is Sichuan's 2006 rule; a county setting three months extends the
        // trial for an absence of three months, the boundary day included.
        context.rulePacks().override(SupervisionContext.WENJIANG, "trial.absence.months", "3");
        TrialService trials = new TrialService(context);
        TrialEntity trial = trials.record(li.id(), "某局副局长", APPOINTED);
        assertThatThrownBy(() -> trials.absence(trial.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 29)))
                .isInstanceOf(Refused.class);
        assertThat(trials.absence(trial.id(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30))
                        .absenceDays())
                .isEqualTo(91);
    }
}
