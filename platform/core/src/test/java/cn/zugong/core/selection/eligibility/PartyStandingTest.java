package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PARTY_STANDING: a party leadership post asks for the party standing of the party constitution
 * (selection regulation 2019 article 9(7); constitution article 7: counted from full membership,
 * one year after joining; article 27: 3 years for a county committee, 5 for a prefecture one).
 */
class PartyStandingTest {

    private final Cadre cadre = new Cadre();
    private final RulePack pack = Packs.nationalPack();

    PartyStandingTest() {
        cadre.setPoliticalStatus(PoliticalStatus.CPC_MEMBER);
        cadre.setPartyJoined("20210301");
    }

    private EligibilityFinding county(String at) {
        return PartyStanding.check(pack.parameters(), cadre, PromotionStep.COUNTY, LocalDate.parse(at));
    }

    @Test
    void threeYearsOfStandingForACountyPostAreCompleteOnTheThirdAnniversaryOfFullMembership() {
        EligibilityFinding onTheDay = county("2025-03-01");
        EligibilityFinding dayBefore = county("2025-02-28");

        assertThat(onTheDay.outcome()).isEqualTo(Outcome.PASS);
        assertThat(onTheDay.args()).containsExactly(3, 3);
        assertThat(dayBefore.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(dayBefore.messageKey()).isEqualTo("eligibility.party-standing.fail");
        assertThat(dayBefore.args()).containsExactly(2, 3);
        assertThat(dayBefore.force()).isEqualTo(RuleForce.HARD);
        assertThat(dayBefore.waivableByException()).isFalse();
    }

    @Test
    void aBureauPostAsksForFiveYears() {
        EligibilityFinding bureau =
                PartyStanding.check(pack.parameters(), cadre, PromotionStep.BUREAU, LocalDate.parse("2026-03-01"));

        assertThat(bureau.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(bureau.args()).containsExactly(4, 5);
    }

    @Test
    void aProbationaryMemberHasNoStandingAndANonMemberCannotHoldAPartyPost() {
        cadre.setPoliticalStatus(PoliticalStatus.CPC_PROBATIONARY);
        assertThat(county("2030-01-01").args()).containsExactly(0, 3);

        cadre.setPoliticalStatus(PoliticalStatus.NON_PARTISAN);
        EligibilityFinding nonMember = county("2030-01-01");
        assertThat(nonMember.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(nonMember.messageKey()).isEqualTo("eligibility.party-standing.not-member");
    }

    @Test
    void aTownshipPartyPostAsksOnlyForMembershipAndAnUnreadableJoiningDateIsToBeConfirmed() {
        assertThat(PartyStanding.check(pack.parameters(), cadre, 2, LocalDate.parse("2021-03-02"))
                        .outcome())
                .isEqualTo(Outcome.PASS);
        cadre.setPartyJoined("unknown");
        assertThat(county("2025-03-01").outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void theRuleAppliesToPartyPostsOnlyByUnitTypeOrTitle() {
        assertThat(EligibilityCheck.partyPost(pack, UnitType.PARTY_COMMITTEE, "常委"))
                .isTrue();
        assertThat(EligibilityCheck.partyPost(pack, UnitType.TOWNSHIP, "镇党委书记")).isTrue();
        assertThat(EligibilityCheck.partyPost(pack, UnitType.GOVERNMENT, "副县长")).isFalse();

        List<PostHolding> none = List.of();
        LocalDate at = LocalDate.parse("2024-01-01");
        assertThat(EligibilityCheck.check(pack, cadre, none, Map.of(), PostLevel.COUNTY_DEPUTY, false, true, at))
                .extracting(EligibilityFinding::rule)
                .contains(EligibilityRule.PARTY_STANDING);
        assertThat(EligibilityCheck.check(pack, cadre, none, Map.of(), PostLevel.COUNTY_DEPUTY, false, false, at))
                .extracting(EligibilityFinding::rule)
                .doesNotContain(EligibilityRule.PARTY_STANDING);
    }
}
