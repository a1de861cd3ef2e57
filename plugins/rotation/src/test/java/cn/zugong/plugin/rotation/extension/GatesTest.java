package cn.zugong.plugin.rotation.extension;

import static cn.zugong.plugin.rotation.testing.Careers.COURT;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.FINANCE_BUREAU;
import static cn.zugong.plugin.rotation.testing.Careers.GOVERNMENT;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.rotation.service.GrowthPlaceService;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SINCE = LocalDate.of(2021, 3, 1);

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);

    @AfterEach
    void close() {
        platform.close();
    }

    private CaseRef open(UnitRef unit, String level, boolean principal, UUID... cadres) {
        CaseRef selection = new CaseRef(
                UUID.randomUUID(),
                SelectionKind.APPOINT,
                SelectionStep.INITIATION,
                Optional.of(unit.id()),
                Optional.of(UUID.randomUUID()),
                Optional.of(level),
                principal,
                List.of(cadres));
        return platform.selectionCases().open(CadreFixtures.WENJIANG, selection);
    }

    private static GateCandidate candidate(CaseRef selection, UUID cadre) {
        return new GateCandidate(
                CadreFixtures.WENJIANG,
                selection.id(),
                cadre,
                SelectionKind.APPOINT,
                SelectionStep.INITIATION,
                true,
                selection.postLevel(),
                TODAY);
    }

    @Test
    void proposingTheSpouseOfADirectorAsDeputyInHisBureauIsBlockedAtInitiation_VE2_回避规定第三条() {
        CadreCareer director =
                platform.careers().put(career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE)));
        CadreCareer wife = platform.careers().put(career("李娜", held(FINANCE_BUREAU, "科员", null, false, SINCE)));
        platform.careers().family(director.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区财政局科员")));
        CaseRef deputy = open(EDUCATION, "TOWNSHIP_DEPUTY", false, wife.cadreId());

        GateResult result = new AvoidanceGate(platform).check(candidate(deputy, wife.cadreId()));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonKey()).isEqualTo("rotation.gate.avoidance.KINSHIP_SUPERIOR_SUBORDINATE");
        assertThat(result.reasonArgs()).containsExactly("张伟", EDUCATION.name(), "V-E2");
        assertThat(new AvoidanceGate(platform).steps())
                .containsExactlyInAnyOrder(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.DECISION);
    }

    @Test
    void theSameSpouseProposedForAnotherBureauPasses_VE2() {
        CadreCareer director =
                platform.careers().put(career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE)));
        CadreCareer wife = platform.careers().put(career("李娜", held(EDUCATION_SCHOOLS, "科员", null, false, SINCE)));
        platform.careers().family(director.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局")));
        CaseRef elsewhere = open(FINANCE_BUREAU, "TOWNSHIP_DEPUTY", false, wife.cadreId());

        assertThat(new AvoidanceGate(platform)
                        .check(candidate(elsewhere, wife.cadreId()))
                        .outcome())
                .isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void aCandidateWhoseConfirmedGrowthPlaceIsTheCountyIsBlockedAsItsGovernmentsPrincipal_VE1_回避规定第五条() {
        CadreCareer local = platform.careers()
                .put(career("王五", Optional.of("四川省成都市温江区"), held(PARTY, "副书记", "COUNTY_DEPUTY", false, SINCE)));
        platform.rulePacks().override(CadreFixtures.WENJIANG, "regional.county.names", "温江");
        CaseRef head = open(GOVERNMENT, "COUNTY_PRINCIPAL", true, local.cadreId());
        CaseRef deputy = open(GOVERNMENT, "COUNTY_DEPUTY", false, local.cadreId());

        GateResult unconfirmed = new AvoidanceGate(platform).check(candidate(head, local.cadreId()));
        assertThat(new GrowthPlaceService(platform).confirm(CadreFixtures.WENJIANG, local.cadreId()))
                .isEmpty();

        assertThat(unconfirmed.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(unconfirmed.reasonKey()).isEqualTo("rotation.gate.avoidance.regionalUnconfirmed");
        assertThat(new AvoidanceGate(platform)
                        .check(candidate(head, local.cadreId()))
                        .outcome())
                .isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(new AvoidanceGate(platform)
                        .check(candidate(deputy, local.cadreId()))
                        .outcome())
                .as("a deputy post is not closed")
                .isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void renominatingAPresidentInHisSecondTermToTheSamePostIsBlocked_VE4_任期规定第六条() {
        CadreCareer president =
                platform.careers().put(career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, TODAY.minusYears(5))));
        UUID position = UUID.randomUUID();
        CadreCareer withPosition = platform.careers()
                .put(new CadreCareer(
                        president.cadreId(),
                        president.tenant(),
                        president.name(),
                        Optional.empty(),
                        List.of(new cn.zugong.api.career.Holding(
                                UUID.randomUUID(),
                                Optional.of(position),
                                Optional.of(COURT.id()),
                                COURT.name(),
                                "院长",
                                Optional.of("COUNTY_PRINCIPAL"),
                                true,
                                false,
                                true,
                                TODAY.minusYears(5),
                                Optional.empty(),
                                Optional.empty()))));
        CaseRef again = platform.selectionCases()
                .open(
                        CadreFixtures.WENJIANG,
                        new CaseRef(
                                UUID.randomUUID(),
                                SelectionKind.APPOINT,
                                SelectionStep.INITIATION,
                                Optional.of(COURT.id()),
                                Optional.of(position),
                                Optional.of("COUNTY_PRINCIPAL"),
                                true,
                                List.of(withPosition.cadreId())));

        GateResult exactlyFive = new TermGate(platform).check(candidate(again, withPosition.cadreId()));
        platform.today(TODAY.minusDays(1));
        GateResult dayBefore = new TermGate(platform)
                .check(new GateCandidate(
                        CadreFixtures.WENJIANG,
                        again.id(),
                        withPosition.cadreId(),
                        SelectionKind.APPOINT,
                        SelectionStep.INITIATION,
                        false,
                        again.postLevel(),
                        TODAY.minusDays(1)));

        assertThat(exactlyFive.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(exactlyFive.reasonKey()).isEqualTo("rotation.gate.terms.consecutive");
        assertThat(dayBefore.outcome()).as("still in the first term").isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void aNominationToALevelHeldFifteenYearsIsBlocked_VE4_任期规定第七条() {
        CadreCareer deputy = platform.careers()
                .put(career("冯副书记", held(PARTY, "副书记", "COUNTY_DEPUTY", false, TODAY.minusYears(15))));
        CaseRef sameLevel = open(GOVERNMENT, "COUNTY_DEPUTY", false, deputy.cadreId());

        GateResult result = new TermGate(platform).check(candidate(sameLevel, deputy.cadreId()));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonKey()).isEqualTo("rotation.gate.terms.cumulative");
    }

    @Test
    void movingAwayTwoOfAThreeMemberTeamAtOnceWarns_VE5_oneThird() {
        CadreCareer head =
                platform.careers().put(career("甲", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, SINCE)));
        CadreCareer one = platform.careers().put(career("乙", held(EDUCATION, "副局长", "TOWNSHIP_DEPUTY", false, SINCE)));
        CadreCareer two = platform.careers().put(career("丙", held(EDUCATION, "副局长", "TOWNSHIP_DEPUTY", false, SINCE)));
        CaseRef first = open(FINANCE_BUREAU, "TOWNSHIP_DEPUTY", false, one.cadreId());

        GateResult alone = new BatchGate(platform).check(candidate(first, one.cadreId()));
        open(COURT, "TOWNSHIP_DEPUTY", false, two.cadreId());
        GateResult together = new BatchGate(platform).check(candidate(first, one.cadreId()));

        assertThat(head).isNotNull();
        assertThat(alone.outcome()).as("1 of 3 is 1/3").isEqualTo(GateResult.Outcome.PASS);
        assertThat(together.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(together.reasonArgs()).containsExactly(EDUCATION.name(), "2", "3", "3");
    }

    @Test
    void bothPartyAndGovernmentPrincipalsMovedAwayAtOnceWarns_VE5() {
        CadreCareer secretary =
                platform.careers().put(career("书记", held(PARTY, "书记", "COUNTY_PRINCIPAL", true, SINCE)));
        CadreCareer head =
                platform.careers().put(career("区长", held(GOVERNMENT, "区长", "COUNTY_PRINCIPAL", true, SINCE)));
        // Large teams, so that only the rule on principals can warn.
        for (int i = 0; i < 6; i++) {
            platform.careers().put(career("常委" + i, held(PARTY, "常委", "COUNTY_DEPUTY", false, SINCE)));
            platform.careers().put(career("副区长" + i, held(GOVERNMENT, "副区长", "COUNTY_DEPUTY", false, SINCE)));
        }
        CaseRef away = open(COURT, "COUNTY_PRINCIPAL", true, secretary.cadreId());
        open(EDUCATION, "COUNTY_PRINCIPAL", true, head.cadreId());

        GateResult result = new BatchGate(platform).check(candidate(away, secretary.cadreId()));

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(result.reasonKey()).isEqualTo("rotation.gate.batch.bothPrincipals");
    }

    @Test
    void theProvincialLayerTurnsTheKeyPrincipalRuleOn_VE7() {
        assertThat(new cn.zugong.plugin.rotation.RotationRules().rulePacks())
                .filteredOn(p -> p.region().equals("62"))
                .singleElement()
                .extracting(RulePack::values)
                .satisfies(values -> assertThat(values).containsEntry("keyPrincipal.enabled", "true"));
    }
}
