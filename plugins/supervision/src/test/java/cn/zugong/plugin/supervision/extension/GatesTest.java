package cn.zugong.plugin.supervision.extension;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.measure.MeasureKind;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.service.MattersChecks;
import cn.zugong.plugin.supervision.service.MattersService;
import cn.zugong.plugin.supervision.service.MeasureService;
import cn.zugong.plugin.supervision.service.NewReport;
import cn.zugong.plugin.supervision.service.ReportService;
import cn.zugong.plugin.supervision.service.ReportSteps;
import cn.zugong.plugin.supervision.testing.Reports;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gates against 带病提拔 (DOMAIN §4.3, §4.4, §4.8) and the measures' bar. */
class GatesTest {

    private InMemoryPluginContext context;
    private CadreRef li;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create();
        li = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "李明", "TOWNSHIP_PRINCIPAL");
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    private GateCandidate promotion(SelectionStep step, String level) {
        return new GateCandidate(
                SupervisionContext.WENJIANG,
                UUID.randomUUID(),
                li.id(),
                SelectionKind.APPOINT,
                step,
                true,
                Optional.of(level),
                SupervisionContext.TODAY);
    }

    private MattersEntity verifying() {
        MattersService matters = new MattersService(context);
        matters.openYear(2024);
        UUID id = matters.ofCadre(li.id()).getFirst().report().id();
        matters.submit(id, List.of());
        MattersChecks checks = new MattersChecks(context);
        checks.focus(li.id(), FocusReason.PROMOTION);
        return checks.verify(id);
    }

    @Test
    void aConcealmentFindingBlocksThePromotionAtInitiationAndDecisionUntilLifted() {
        MattersEntity report = verifying();
        MattersChecks checks = new MattersChecks(context);
        checks.discrepancy(report.id(), Finding.CONCEALMENT);
        checks.decide(report.id(), null);
        ConcealmentGate gate = new ConcealmentGate(context);
        GateResult result = gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"));
        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonKey()).isEqualTo("supervision.gate.concealment.found");
        assertThat(result.reasonArgs()).containsExactly("2024", SupervisionContext.TODAY.toString());
        assertThat(gate.steps()).contains(SelectionStep.INITIATION, SelectionStep.DECISION);
        checks.lift(report.id(), "复核更正");
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void anOmissionDoesNotBlockAndALateralMoveIsNeverBlocked() {
        MattersEntity report = verifying();
        MattersChecks checks = new MattersChecks(context);
        checks.discrepancy(report.id(), Finding.OMISSION);
        checks.decide(report.id(), null);
        assertThat(new ConcealmentGate(context)
                        .check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
        GateCandidate lateral = new GateCandidate(
                SupervisionContext.WENJIANG,
                UUID.randomUUID(),
                li.id(),
                SelectionKind.APPOINT,
                SelectionStep.DECISION,
                false,
                Optional.of("TOWNSHIP_PRINCIPAL"),
                SupervisionContext.TODAY);
        assertThat(new CleanPromotionGate(context).check(lateral).reasonKey())
                .isEqualTo("supervision.gate.notPromotion");
    }

    @Test
    void theDecisionIsBlockedWhileAReportWithSpecificCluesAboutTheCandidateIsOpen() {
        ReportService reports = new ReportService(context);
        ReportSteps steps = new ReportSteps(context);
        UUID id = reports.register(Reports.anonymous(SupervisionContext.TODAY, li.id()))
                .report()
                .id();
        MattersEntity report = verifying();
        new MattersChecks(context).consistent(report.id());
        CleanPromotionGate gate = new CleanPromotionGate(context);
        GateResult open = gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"));
        assertThat(open.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(open.reasonKey()).isEqualTo("supervision.gate.clean.openReports");
        assertThat(open.reasonArgs()).containsExactly("1");
        assertThat(open.evidence()).contains("supervision/reports");
        steps.accept(id, HandlingType.JU_HE);
        steps.assign(id, Assignment.OWN, "干部监督科");
        steps.investigate(id);
        steps.conclude(id, Conclusion.UNSUBSTANTIATED, "不属实");
        steps.close(id);
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void theDecisionIsBlockedUntilThePersonalMattersCheckOfThePromotionIsDone() {
        CleanPromotionGate gate = new CleanPromotionGate(context);
        GateResult missing = gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"));
        assertThat(missing.reasonKey()).isEqualTo("supervision.gate.clean.checkMissing");
        assertThat(missing.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        MattersEntity report = verifying();
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.BLOCK);
        new MattersChecks(context).consistent(report.id());
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .reasonKey())
                .isEqualTo("supervision.gate.clean.passed");
    }

    @Test
    void aPromotionBelowTheFocusedLevelsNeedsNoCheck() {
        // Sichuan's layer starts at 乡科级正职; a 副职 promotion is below it.
        assertThat(new CleanPromotionGate(context)
                        .check(promotion(SelectionStep.DECISION, "TOWNSHIP_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void anAdmonishmentBlocksPromotionForSixMonthsAndAReminderTalkDoesNot() {
        MeasureService measures = new MeasureService(context);
        measures.record(li.id(), MeasureKind.TALK_REMINDER, SupervisionContext.TODAY, "工作作风");
        MeasureGate gate = new MeasureGate(context);
        assertThat(gate.check(promotion(SelectionStep.INITIATION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
        measures.record(li.id(), MeasureKind.ADMONISHMENT, LocalDate.of(2025, 4, 1), "履职不力");
        GateResult barred = gate.check(promotion(SelectionStep.INITIATION, "COUNTY_DEPUTY"));
        assertThat(barred.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(barred.reasonKey()).isEqualTo("supervision.gate.measures.barred.ADMONISHMENT");
        assertThat(barred.reasonArgs()).containsExactly("2025-09-30");
    }

    @Test
    void onlyAnOpenReportWithSpecificCluesAboutTheCandidateHoldsTheDecision() {
        // DOMAIN §4.3 凡提四必 (4): "信访举报 whose clues are specific and checkable"; §4.8 [I].
        MattersEntity report = verifying();
        new MattersChecks(context).consistent(report.id());
        ReportService reports = new ReportService(context);
        CadreRef other = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "张华", "TOWNSHIP_DEPUTY");
        reports.register(new NewReport(
                ReportChannel.LETTER,
                false,
                null,
                null,
                ReportCategory.PROMOTED_WITH_PROBLEMS,
                "反映笼统，无具体线索",
                false,
                SupervisionContext.TODAY,
                List.of(li.id())));
        reports.register(Reports.anonymous(SupervisionContext.TODAY, other.id()));
        UUID redirected = reports.register(Reports.anonymous(SupervisionContext.TODAY, li.id()))
                .report()
                .id();
        new ReportSteps(context).insufficient(redirected);
        assertThat(new CleanPromotionGate(context)
                        .check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .reasonKey())
                .isEqualTo("supervision.gate.clean.passed");
    }

    @Test
    void aReportStillToBeRegisteredOrConcludedButNotClosedStillHoldsTheDecision() {
        MattersEntity report = verifying();
        new MattersChecks(context).consistent(report.id());
        ReportSteps steps = new ReportSteps(context);
        UUID id = new ReportService(context)
                .register(Reports.anonymous(SupervisionContext.TODAY, li.id()))
                .report()
                .id();
        steps.accept(id, HandlingType.JU_HE);
        steps.assign(id, Assignment.OWN, "干部监督科");
        steps.investigate(id);
        steps.conclude(id, Conclusion.UNSUBSTANTIATED, "不属实");
        CleanPromotionGate gate = new CleanPromotionGate(context);
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(gate.steps()).containsExactly(SelectionStep.DECISION);
    }

    @Test
    void aCheckOfAnEarlierYearDoesNotStandForTheLatestReport() {
        // 凡提必查 (DOMAIN §4.4 [V]) checks the report the cadre owes now: last year's consistent
        // check does not stand for this year's submitted and unchecked report.
        MattersEntity earlier = verifying();
        MattersChecks checks = new MattersChecks(context);
        checks.consistent(earlier.id());
        MattersService matters = new MattersService(context);
        matters.openYear(2025);
        UUID latest = matters.ofCadre(li.id()).getFirst().report().id();
        matters.submit(latest, List.of());
        CleanPromotionGate gate = new CleanPromotionGate(context);
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .reasonKey())
                .isEqualTo("supervision.gate.clean.checkMissing");
        checks.focus(li.id(), FocusReason.PROMOTION);
        checks.verify(latest);
        checks.consistent(latest);
        assertThat(gate.check(promotion(SelectionStep.DECISION, "COUNTY_DEPUTY"))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void anotherCountysReportsAndChecksDoNotCountForTheCandidate() {
        MattersEntity report = verifying();
        new MattersChecks(context).consistent(report.id());
        GateCandidate inPidu = new GateCandidate(
                SupervisionContext.PIDU,
                UUID.randomUUID(),
                li.id(),
                SelectionKind.APPOINT,
                SelectionStep.DECISION,
                true,
                Optional.of("COUNTY_DEPUTY"),
                SupervisionContext.TODAY);
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        assertThat(new CleanPromotionGate(context).check(inPidu).reasonKey())
                .isEqualTo("supervision.gate.clean.checkMissing");
    }
}
