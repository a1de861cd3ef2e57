package cn.zugong.plugin.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.report.ReportStatus;
import cn.zugong.plugin.supervision.testing.Reports;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.RecordedAudit;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports (DOMAIN §4.5, §4.10) on the testkit's platform: the state machine, permission, tenancy, audit. */
class ReportServiceTest {

    private InMemoryPluginContext context;
    private ReportService reports;
    private ReportSteps steps;
    private CadreRef candidate;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create();
        reports = new ReportService(context);
        steps = new ReportSteps(context);
        candidate = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "李明", "TOWNSHIP_PRINCIPAL");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    @Test
    void aRealNameReportTravelsFromRegistrationToTheArchiveAndEveryStepIsAudited() {
        UUID id = reports.register(Reports.realName(SupervisionContext.TODAY, candidate.id()))
                .report()
                .id();
        assertThat(steps.accept(id, HandlingType.JU_HE).report().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(steps.assign(id, Assignment.OWN, "干部监督科").report().assignedOn())
                .contains(SupervisionContext.TODAY);
        steps.investigate(id);
        ReportService.ReportView extended = steps.extend(id, 30);
        assertThat(extended.report().status()).isEqualTo(ReportStatus.INVESTIGATING);
        assertThat(extended.report().extendedDays()).isEqualTo(30);
        steps.conclude(id, Conclusion.PARTLY_SUBSTANTIATED, "部分属实");
        assertThatThrownBy(() -> steps.close(id))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.report.feedbackFirst");
        steps.feedback(id);
        steps.close(id);
        assertThat(steps.archive(id).report().status()).isEqualTo(ReportStatus.ARCHIVED);
        assertThat(context.audited())
                .extracting(RecordedAudit.Entry::action)
                .containsSubsequence(
                        "report.register",
                        "report.accepted",
                        "report.assigned",
                        "report.investigating",
                        "report.extension_requested",
                        "report.investigating",
                        "report.concluded",
                        "report.feedback_given",
                        "report.closed",
                        "report.archived");
    }

    @Test
    void theRegisteredReportCarriesItsSubjectsAndTheProposalDeadlineOnTheCountysCalendar() {
        // Monday 22 September 2025, with the National Day holidays in Wenjiang's calendar.
        context.calendars()
                .holidays(
                        SupervisionContext.WENJIANG,
                        LocalDate.of(2025, 10, 1),
                        LocalDate.of(2025, 10, 2),
                        LocalDate.of(2025, 10, 3),
                        LocalDate.of(2025, 10, 6),
                        LocalDate.of(2025, 10, 7),
                        LocalDate.of(2025, 10, 8));
        context.calendars()
                .makeUpDays(SupervisionContext.WENJIANG, LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        ReportService.ReportView view = reports.register(Reports.anonymous(SupervisionContext.TODAY, candidate.id()));
        assertThat(view.subjects()).extracting(CadreRef::name).containsExactly("李明");
        // 23-26, 28, 29, 30 September, 9, 10, 11 October.
        assertThat(view.deadlines().proposeBy()).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(view.report().status()).isEqualTo(ReportStatus.REGISTERED);
        context.today(LocalDate.of(2025, 10, 13));
        assertThat(reports.read(view.report().id()).orElseThrow().overdue()).isTrue();
    }

    @Test
    void anAnonymousReportIsClosedWithoutFeedbackAndCannotHaveAny() {
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY))
                .report()
                .id();
        steps.accept(id, HandlingType.JU_HAN);
        steps.assign(id, Assignment.HANDED_DOWN, "区委办");
        steps.investigate(id);
        steps.conclude(id, Conclusion.UNSUBSTANTIATED, "不属实");
        assertThatThrownBy(() -> steps.feedback(id)).isInstanceOf(Refused.class);
        assertThat(steps.close(id).report().status()).isEqualTo(ReportStatus.CLOSED);
    }

    @Test
    void anIllegalMoveIsRefusedAndChangesNothing() {
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY))
                .report()
                .id();
        assertThatThrownBy(() -> steps.conclude(id, Conclusion.SUBSTANTIATED, "x"))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst())
                .isEqualTo(Problem.of(
                        "status",
                        "supervision.report.illegalMove",
                        "supervision.report.status.REGISTERED",
                        "supervision.report.status.CONCLUDED"));
        assertThat(reports.read(id).orElseThrow().report().status()).isEqualTo(ReportStatus.REGISTERED);
    }

    @Test
    void onlyOneExtensionOfAtMostThirtyWorkingDaysIsGranted() {
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY))
                .report()
                .id();
        steps.accept(id, HandlingType.JU_HE);
        steps.assign(id, Assignment.OWN, "干部监督科");
        steps.investigate(id);
        assertThatThrownBy(() -> steps.extend(id, 31)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> steps.extend(id, 0)).isInstanceOf(Refused.class);
        steps.extend(id, 20);
        assertThatThrownBy(() -> steps.extend(id, 5))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.report.extensionsUsed");
        assertThat(reports.read(id).orElseThrow().report().extendedDays()).isEqualTo(20);
    }

    @Test
    void aReportOutsideTheChannelsScopeCanOnlyBeRedirected() {
        UUID id = reports.register(new NewReport(
                        ReportChannel.WEB,
                        false,
                        null,
                        null,
                        ReportCategory.OTHER,
                        "噪音扰民",
                        false,
                        SupervisionContext.TODAY,
                        List.of()))
                .report()
                .id();
        assertThatThrownBy(() -> steps.accept(id, HandlingType.JU_HE)).isInstanceOf(Refused.class);
        assertThat(steps.redirect(id).report().status()).isEqualTo(ReportStatus.REDIRECTED);
    }

    @Test
    void aRepeatOfAClosedIssueIsAnsweredFromTheClosureAndNotReopened() {
        UUID first = reports.register(Reports.anonymous(SupervisionContext.TODAY, candidate.id()))
                .report()
                .id();
        UUID repeat = reports.register(Reports.anonymous(SupervisionContext.TODAY, candidate.id()))
                .report()
                .id();
        assertThatThrownBy(() -> steps.answerFromClosure(repeat, first))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.report.repeatNotClosed");
        steps.accept(first, HandlingType.JU_HE);
        steps.assign(first, Assignment.OWN, "干部监督科");
        steps.investigate(first);
        steps.conclude(first, Conclusion.UNSUBSTANTIATED, "不属实");
        steps.close(first);
        ReportService.ReportView answered = steps.answerFromClosure(repeat, first);
        assertThat(answered.report().status()).isEqualTo(ReportStatus.ANSWERED_FROM_CLOSURE);
        assertThat(answered.report().repeatOf()).contains(first);
        assertThat(reports.read(first).orElseThrow().report().status()).isEqualTo(ReportStatus.CLOSED);
    }

    @Test
    void aRealNameReportWithoutContactOrAFutureOrForeignSubjectIsRefusedAndNothingIsSaved() {
        CadreRef pidu = SupervisionContext.cadre(context, SupervisionContext.PIDU, "张三", "COUNTY_DEPUTY");
        NewReport form = new NewReport(
                ReportChannel.PHONE,
                true,
                "王某",
                " ",
                ReportCategory.FRAUD,
                "",
                true,
                SupervisionContext.TODAY.plusDays(1),
                List.of(pidu.id()));
        assertThatThrownBy(() -> reports.register(form))
                .isInstanceOf(Refused.class)
                .extracting(e ->
                        ((Refused) e).problems().stream().map(Problem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("summary", "received", "reporterContact", "subjects");
        assertThat(reports.count()).isZero();
    }

    @Test
    void withoutTheReportsPermissionNothingIsReadOrWritten() {
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY))
                .report()
                .id();
        context.holdOnly("supervision.view", "supervision.manage");
        assertThatThrownBy(() -> reports.read(id)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> reports.page(0, 50)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> steps.redirect(id)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> reports.register(Reports.anonymous(SupervisionContext.TODAY)))
                .isInstanceOf(SecurityException.class);
        assertThat(reports.permitted()).isFalse();
    }

    @Test
    void anotherCountysOfficerFindsNoneOfTheReportsNotEvenById() {
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY, candidate.id()))
                .report()
                .id();
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        assertThat(reports.read(id)).isEmpty();
        assertThat(reports.page(0, 50)).isEmpty();
        assertThatThrownBy(() -> steps.redirect(id))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.report.notFound");
        context.actAs(TestTenancy.writing(SupervisionContext.WENJIANG));
        assertThat(reports.read(id).orElseThrow().report().status()).isEqualTo(ReportStatus.REGISTERED);
    }

    @Test
    void everyReadOfAReportAndOfAListIsAuditedWithoutItsContent() {
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY))
                .report()
                .id();
        reports.read(id);
        reports.page(0, 20);
        List<RecordedAudit.Entry> reads = context.audited().stream()
                .filter(e -> e.action().equals("report.read") || e.action().equals("report.list"))
                .toList();
        assertThat(reads).extracting(RecordedAudit.Entry::action).containsExactly("report.read", "report.list");
        assertThat(reads.getFirst().subjectId()).isEqualTo(id.toString());
        assertThat(reads.get(1).after().get("ids")).isEqualTo(List.of(id.toString()));
        assertThat(context.audited())
                .allSatisfy(e -> assertThat(e.label() + e.after()).doesNotContain("违规问题"));
    }

    @Test
    void theLongestExtensionIsThirtyWorkingDaysAndMovesTheClosureLimitOnTheCalendar() {
        // DOMAIN §4.5 [I]: one extension of at most 30 working days. Assigned Monday 22 September
        // 2025 with Wenjiang's National Day holidays: 60 working days end on 19 December (the
        // holiday week pushes it), 30 more (New Year off) on 2 February 2026.
        context.calendars()
                .holidays(
                        SupervisionContext.WENJIANG,
                        LocalDate.of(2025, 10, 1),
                        LocalDate.of(2025, 10, 2),
                        LocalDate.of(2025, 10, 3),
                        LocalDate.of(2025, 10, 6),
                        LocalDate.of(2025, 10, 7),
                        LocalDate.of(2025, 10, 8),
                        LocalDate.of(2026, 1, 1));
        context.calendars()
                .makeUpDays(SupervisionContext.WENJIANG, LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY))
                .report()
                .id();
        steps.accept(id, HandlingType.JU_HE);
        steps.assign(id, Assignment.OWN, "干部监督科");
        steps.investigate(id);
        assertThat(reports.read(id).orElseThrow().deadlines().closeBy()).contains(LocalDate.of(2025, 12, 19));
        ReportService.ReportView extended = steps.extend(id, 30);
        assertThat(extended.deadlines().closeBy()).contains(LocalDate.of(2026, 2, 2));
        assertThat(extended.report().status()).isEqualTo(ReportStatus.INVESTIGATING);
    }
}
