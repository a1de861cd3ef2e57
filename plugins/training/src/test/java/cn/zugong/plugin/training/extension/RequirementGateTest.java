package cn.zugong.plugin.training.extension;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequirementGateTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final Steps steps = new Steps(platform, COUNTY);
    private final RequirementGate gate = new RequirementGate(platform);

    @AfterEach
    void close() {
        platform.close();
    }

    private static GateCandidate candidate(CadreRef cadre, boolean promotion, String targetLevel) {
        return new GateCandidate(
                COUNTY,
                UUID.randomUUID(),
                cadre.id(),
                SelectionKind.APPOINT,
                SelectionStep.INITIATION,
                promotion,
                Optional.ofNullable(targetLevel),
                TODAY);
    }

    @Test
    void aPromotionShortOfTheRequirementIsWarnedWithTheGapAndALinkToTheCadresRecord() {
        // DOMAIN 1.2 basic qualification, T3: 90 hours a year for xiangke level; 60 credited -> 30 short.
        CadreRef cadre = platform.cadre(Fixtures.cadre("Short", "TOWNSHIP_DEPUTY"), null);
        steps.credited(course("Class", CourseMode.CONCENTRATED, TODAY, 8, "60"), cadre);

        GateResult result = gate.check(candidate(cadre, true, "TOWNSHIP_PRINCIPAL"));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(result.reasonKey()).isEqualTo(RequirementGate.SHORT);
        assertThat(result.reasonArgs()).containsExactly("2025-01-01", "2025-12-31", "90", "60", "30", "12", "8");
        assertThat(result.evidence()).contains("training/cadre?cadre=" + cadre.id());
    }

    @Test
    void aPromotionThatMetTheRequirementPasses() {
        // DOMAIN T3: 90 hours met (online study, T5, is not part of the qualification).
        CadreRef cadre = platform.cadre(Fixtures.cadre("Met", "TOWNSHIP_DEPUTY"), null);
        steps.credited(course("Class", CourseMode.CONCENTRATED, TODAY, 12, "90"), cadre);

        GateResult result = gate.check(candidate(cadre, true, "TOWNSHIP_PRINCIPAL"));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonKey()).isEqualTo(RequirementGate.MET);
    }

    @Test
    void thePostAimedAtDecidesWhichRequirementApplies() {
        // DOMAIN T1: promoted to xianchu level, the cadre is measured against 550 hours in the window.
        CadreRef cadre = platform.cadre(Fixtures.cadre("Rising", "TOWNSHIP_PRINCIPAL"), null);
        steps.credited(course("Class", CourseMode.CONCENTRATED, TODAY, 12, "90"), cadre);

        GateResult result = gate.check(candidate(cadre, true, "COUNTY_DEPUTY"));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(result.reasonArgs()).startsWith("2023-01-01", "2027-12-31", "550", "90", "460");
    }

    @Test
    void anythingButAPromotionPassesAsNotApplicable() {
        // DOMAIN 1.2: the training qualification concerns promotion (tiba) only.
        CadreRef cadre = platform.cadre(Fixtures.cadre("Moved", "TOWNSHIP_DEPUTY"), null);

        GateResult result = gate.check(candidate(cadre, false, "TOWNSHIP_DEPUTY"));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonKey()).isEqualTo(RequirementGate.NOT_APPLICABLE);
        assertThat(gate.steps()).containsExactlyInAnyOrder(SelectionStep.INITIATION, SelectionStep.DECISION);
    }

    @Test
    void aCandidateTheRegistryDoesNotKnowHereIsWarnedAbout() {
        // The gate never blocks and never passes silently what it could not check.
        CadreRef stranger = Fixtures.cadre("Stranger", "TOWNSHIP_DEPUTY");

        GateResult result = gate.check(candidate(stranger, true, null));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(result.reasonKey()).isEqualTo(RequirementGate.CADRE_UNKNOWN);
    }
}
