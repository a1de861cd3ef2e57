package cn.zugong.plugin.supervision.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.econ.AuditKind;
import cn.zugong.plugin.supervision.econ.Responsibility;
import cn.zugong.plugin.supervision.extension.AuditsInPlace;
import cn.zugong.plugin.supervision.extension.EconAuditGate;
import cn.zugong.plugin.supervision.testing.SupervisionContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Economic responsibility audits (DOMAIN §4.6 [V], §4.3 凡提四必 "需要进行经济责任审计的，先行审计"): the
 * audits a case needs, their record and report, the gate's warning at the decision, the indicator,
 * and the county wall.
 */
class EconAuditServiceTest {

    private static final LocalDate TODAY = SupervisionContext.TODAY;

    private InMemoryPluginContext context;
    private EconAuditService audits;
    private CadreRef chief;
    private UUID promotion;

    @BeforeEach
    void setUp() {
        context = SupervisionContext.create();
        audits = new EconAuditService(context);
        chief = holdingChiefPost(SupervisionContext.WENJIANG, "赵刚");
        promotion = openCase(SupervisionContext.WENJIANG, SelectionKind.APPOINT, "COUNTY_DEPUTY", chief.id());
    }

    @AfterEach
    void tearDown() {
        context.close();
    }

    /** A cadre who has been the principal (局长) of a working department for three years. */
    private CadreRef holdingChiefPost(TenantId county, String name) {
        CadreRef cadre = SupervisionContext.cadre(context, county, name, "TOWNSHIP_PRINCIPAL");
        UUID unit = UUID.randomUUID();
        context.careers().unit(county, new UnitRef(unit, "财政局", "WORKING_DEPARTMENT", Optional.empty()));
        Holding chiefPost = new Holding(
                UUID.randomUUID(),
                Optional.empty(),
                Optional.of(unit),
                "财政局",
                "局长",
                Optional.of("TOWNSHIP_PRINCIPAL"),
                true,
                false,
                true,
                TODAY.minusYears(3),
                Optional.empty(),
                Optional.empty());
        context.careers().put(new CadreCareer(cadre.id(), county, name, Optional.empty(), List.of(chiefPost)));
        return cadre;
    }

    private UUID openCase(TenantId county, SelectionKind kind, String level, UUID cadre) {
        UUID id = UUID.randomUUID();
        context.selectionCases()
                .open(
                        county,
                        new CaseRef(
                                id,
                                kind,
                                SelectionStep.DECISION,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.ofNullable(level),
                                true,
                                List.of(cadre)));
        return id;
    }

    private GateResult gate(UUID caseId, SelectionKind kind, boolean promoted) {
        return new EconAuditGate(context)
                .check(new GateCandidate(
                        SupervisionContext.WENJIANG,
                        caseId,
                        chief.id(),
                        kind,
                        SelectionStep.DECISION,
                        promoted,
                        Optional.of("COUNTY_DEPUTY"),
                        TODAY));
    }

    private NewAudit audit(AuditKind kind, UUID caseId) {
        return new NewAudit(
                chief.id(),
                kind,
                "财政局 局长",
                caseId,
                "温江区审计局",
                TODAY.minusYears(3),
                TODAY.minusDays(1),
                TODAY.minusDays(20));
    }

    @Test
    void aPromotionOfAChiefWithoutAPreAppointmentAuditWarnsAtTheDecisionUntilTheAuditIsReported() {
        GateResult missing = gate(promotion, SelectionKind.APPOINT, true);
        assertThat(missing.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(missing.reasonKey()).isEqualTo("supervision.gate.econAudit.preMissing");
        assertThat(missing.reasonArgs()).containsExactly("财政局 局长");
        assertThat(missing.evidence()).contains("supervision/audits");
        assertThat(new EconAuditGate(context).steps()).containsExactly(SelectionStep.DECISION);

        UUID id = audits.record(audit(AuditKind.PRE_APPOINTMENT, promotion)).id();
        assertThat(gate(promotion, SelectionKind.APPOINT, true).reasonKey())
                .isEqualTo("supervision.gate.econAudit.preUnreported");

        audits.report(id, TODAY, "专项资金管理不规范", Responsibility.LEADERSHIP);
        GateResult done = gate(promotion, SelectionKind.APPOINT, true);
        assertThat(done.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(done.reasonKey()).isEqualTo("supervision.gate.econAudit.inPlace");
        assertThat(audits.page(0, 10).getFirst().audit().responsibility()).contains(Responsibility.LEADERSHIP);
    }

    @Test
    void anAuditLinkedToAnotherCaseOrOfAnotherKindDoesNotCount() {
        UUID other = openCase(SupervisionContext.WENJIANG, SelectionKind.APPOINT, "COUNTY_DEPUTY", chief.id());
        UUID id = audits.record(audit(AuditKind.PRE_APPOINTMENT, other)).id();
        audits.report(id, TODAY, "无问题", Responsibility.NONE);
        UUID inOffice = audits.record(audit(AuditKind.IN_OFFICE, promotion)).id();
        audits.report(inOffice, TODAY, "无问题", Responsibility.NONE);
        assertThat(gate(promotion, SelectionKind.APPOINT, true).reasonKey())
                .isEqualTo("supervision.gate.econAudit.preMissing");
    }

    @Test
    void aRemovalOrATransferOutOfTheAuditedPostWarnsUntilTheAuditOnLeavingIsStarted() {
        UUID removal = openCase(SupervisionContext.WENJIANG, SelectionKind.REMOVE, null, chief.id());
        GateResult missing = gate(removal, SelectionKind.REMOVE, false);
        assertThat(missing.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(missing.reasonKey()).isEqualTo("supervision.gate.econAudit.leavingMissing");
        assertThat(gate(promotion, SelectionKind.APPOINT, false).reasonKey())
                .isEqualTo("supervision.gate.econAudit.leavingMissing");
        audits.record(audit(AuditKind.LEAVING, removal));
        assertThat(gate(removal, SelectionKind.REMOVE, false).outcome()).isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void aCadreHoldingNoAuditedPostPassesWithoutAnAudit() {
        CadreRef deputy = SupervisionContext.cadre(context, SupervisionContext.WENJIANG, "钱进", "TOWNSHIP_DEPUTY");
        GateResult result = new EconAuditGate(context)
                .check(new GateCandidate(
                        SupervisionContext.WENJIANG,
                        UUID.randomUUID(),
                        deputy.id(),
                        SelectionKind.APPOINT,
                        SelectionStep.DECISION,
                        true,
                        Optional.of("TOWNSHIP_PRINCIPAL"),
                        TODAY));
        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonKey()).isEqualTo("supervision.gate.econAudit.notAudited");
    }

    @Test
    void theDueListAndTheIndicatorCountTheAuditsTheOpenCasesNeed() {
        assertThat(audits.due()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(AuditKind.PRE_APPOINTMENT);
            assertThat(n.state()).isEqualTo(AuditNeeds.State.MISSING);
            assertThat(n.caseId()).isEqualTo(promotion);
        });
        assertThat(new AuditsInPlace(context).measure(SupervisionContext.WENJIANG))
                .isEqualTo(new Measure(0, 1));
        UUID id = audits.record(audit(AuditKind.PRE_APPOINTMENT, promotion)).id();
        assertThat(audits.due().getFirst().state()).isEqualTo(AuditNeeds.State.IN_PROGRESS);
        assertThat(new AuditsInPlace(context).measure(SupervisionContext.WENJIANG))
                .isEqualTo(new Measure(0, 1));
        audits.report(id, TODAY, "无问题", Responsibility.NONE);
        assertThat(new AuditsInPlace(context).measure(SupervisionContext.WENJIANG))
                .isEqualTo(new Measure(1, 1));
    }

    @Test
    void aSupervisorsFigureIsTheSumOfTheCountiesAndEachCountyCountsOnlyItsOwnCases() {
        CadreRef pidu = holdingChiefPost(SupervisionContext.PIDU, "孙立");
        openCase(SupervisionContext.PIDU, SelectionKind.APPOINT, "COUNTY_DEPUTY", pidu.id());
        context.actAs(TestTenancy.reading(Set.of(SupervisionContext.WENJIANG, SupervisionContext.PIDU)));
        AuditsInPlace indicator = new AuditsInPlace(context);
        Measure wenjiang = indicator.measure(SupervisionContext.WENJIANG);
        Measure piduFigure = indicator.measure(SupervisionContext.PIDU);
        assertThat(wenjiang).isEqualTo(new Measure(0, 1));
        assertThat(piduFigure).isEqualTo(new Measure(0, 1));
        assertThat(indicator.aggregate(List.of(wenjiang, piduFigure))).isEqualTo(new Measure(0, 2));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndAReportIsWrittenOnlyOnce() {
        assertThatThrownBy(() -> audits.record(new NewAudit(
                        chief.id(), null, " ", UUID.randomUUID(), "", TODAY, TODAY.minusDays(1), TODAY.plusDays(1))))
                .isInstanceOf(Refused.class)
                .extracting(e ->
                        ((Refused) e).problems().stream().map(Problem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("kind", "post", "auditor", "periodTo", "startedOn", "case");
        UUID id = audits.record(audit(AuditKind.IN_OFFICE, null)).id();
        assertThatThrownBy(() -> audits.report(id, TODAY.minusDays(30), "", null))
                .isInstanceOf(Refused.class)
                .extracting(
                        e -> ((Refused) e).problems().stream().map(Problem::key).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(
                        "supervision.econ.reportBeforeStart",
                        "supervision.field.required",
                        "supervision.field.required");
        audits.report(id, TODAY, "无问题", Responsibility.NONE);
        assertThatThrownBy(() -> audits.report(id, TODAY, "再次", Responsibility.DIRECT))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.econ.alreadyReported");
        assertThat(context.audited()).extracting(e -> e.action()).contains("econ.record", "econ.report");
    }

    @Test
    void anotherCountySeesNoneOfTheAuditsAndCannotReportOne() {
        UUID id = audits.record(audit(AuditKind.PRE_APPOINTMENT, promotion)).id();
        context.actAs(TestTenancy.writing(SupervisionContext.PIDU));
        assertThat(audits.page(0, 10)).isEmpty();
        assertThat(audits.due()).isEmpty();
        assertThatThrownBy(() -> audits.report(id, TODAY, "改写", Responsibility.NONE))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).problems().getFirst().key())
                .isEqualTo("supervision.econ.notFound");
    }

    @Test
    void aViewerReadsTheAuditsButRecordsNone() {
        context.holdOnly("supervision.view");
        assertThat(audits.due()).hasSize(1);
        assertThatThrownBy(() -> audits.record(audit(AuditKind.PRE_APPOINTMENT, promotion)))
                .isInstanceOf(SecurityException.class);
    }
}
