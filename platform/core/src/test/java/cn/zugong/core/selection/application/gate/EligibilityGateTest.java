package cn.zugong.core.selection.application.gate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The basic qualifications (DOMAIN 5.1, V-S5, [V]) with the national pack the migrations seed: a
 * lower principal promoted to a county deputy post needs three years in that post (exactly three
 * pass, a day less blocks, hard, satisfied only by a recorded 破格 approval); a move that is not a
 * promotion is not checked.
 */
class EligibilityGateTest {

    private GateFixture fixture;
    private EligibilityGate gate;
    private UUID caseId;
    private UUID cadre;
    private UUID township;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new GateFixture();
        gate = TestDatabase.wire(new EligibilityGate(), "em", fixture.em);
        gate.eligibility = TestDatabase.wire(new EligibilityService(), "em", fixture.em);
        UUID bureau = fixture.unit("WORKING_DEPARTMENT", 1, 3);
        township = fixture.unit("TOWNSHIP", 1, 3);
        caseId = fixture.appointmentCase(fixture.position(bureau, PostLevel.COUNTY_DEPUTY, false), bureau);
        cadre = fixture.cadre();
        fixture.candidate(caseId, cadre);
        // The grassroots years, then two principal posts at the township level since 2023-06-01.
        fixture.holding(cadre, township, PostLevel.TOWNSHIP_DEPUTY, false, true, "2012-01-01", "2023-06-01");
        fixture.holding(cadre, township, PostLevel.TOWNSHIP_PRINCIPAL, true, true, "2023-06-01", "2024-06-01");
        fixture.holding(cadre, bureau, PostLevel.TOWNSHIP_PRINCIPAL, true, true, "2024-06-01", null);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private GateResult promotionOn(LocalDate at) {
        return gate.check(fixture.candidate(caseId, cadre, true, PostLevel.COUNTY_DEPUTY, at));
    }

    @Test
    void exactlyThreeYearsInTheLowerPrincipalPostMeetTheTimeInPost() {
        GateResult result = promotionOn(LocalDate.of(2026, 6, 1));

        assertThat(result.outcome()).isNotEqualTo(GateResult.Outcome.BLOCK);
        assertThat(String.join(",", result.reasonArgs())).doesNotContain("TIME_IN_POST");
    }

    @Test
    void aDayShortOfThreeYearsBlocksNamingTheRule() {
        GateResult result = promotionOn(LocalDate.of(2026, 5, 31));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonKey()).isEqualTo("selection.gate.eligibility.fail");
        // A day short is also what makes the promotion a poge: both are named, and both are lifted by
        // a recorded poge approval.
        assertThat(result.reasonArgs())
                .containsExactly("@eligibility.rule.TIME_IN_POST, @eligibility.rule.EXCEPTIONAL_PROMOTION");
        assertThat(result.evidence()).contains("cadres/" + cadre);
        assertThat(gate.hard(result)).isTrue();
        assertThat(gate.exceptionFor(result)).contains(ExceptionKind.BREAK_GRADE);
    }

    @Test
    void aRuleNoExceptionalPromotionMayPassOverLeavesNoException() {
        GateResult firm = GateResult.block("selection.gate.eligibility.failFirm", "@eligibility.rule.HEALTH");

        assertThat(gate.hard(firm)).isTrue();
        assertThat(gate.exceptionFor(firm)).isEmpty();
    }

    @Test
    void aMoveThatIsNoPromotionIsNotChecked() {
        GateResult result =
                gate.check(fixture.candidate(caseId, cadre, false, PostLevel.COUNTY_DEPUTY, LocalDate.of(2024, 1, 1)));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonKey()).isEqualTo("selection.gate.eligibility.notPromotion");
    }

    @Test
    void itIsAskedBeforeLeavingTheInspectionSoThatTheDecisionIsNotReachedWithAFailure() {
        assertThat(gate.steps())
                .containsExactlyInAnyOrder(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.DECISION);
    }
}
