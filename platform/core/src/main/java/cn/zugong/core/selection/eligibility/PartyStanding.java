package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import cn.zugong.core.cadre.domain.Cadre;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Party standing (dangling) for a party leadership post (DOMAIN.md 5.1 item 7; selection
 * regulation 2019 article 9(7), which refers to the party constitution). The constitution's article
 * 27 asks members of a county committee for 3 years and of a prefecture or province committee for
 * 5 (pack keys {@value EligibilityParameters#PARTY_YEARS_COUNTY} and {@value
 * EligibilityParameters#PARTY_YEARS_BUREAU}); it sets none for township (grassroots) committees,
 * so a township-level party post asks only for membership. Standing counts from full membership
 * (article 7): the registry knows the joining date, so it counts from one year (the probation)
 * after it, and a probationary member has no standing yet.
 */
final class PartyStanding {

    /** The probation of a new party member (party constitution article 7). */
    static final int PROBATION_YEARS = 1;

    private PartyStanding() {}

    /** The finding for a party post at a tier ({@link PromotionStep#BUREAU}, county, township). */
    static EligibilityFinding check(EligibilityParameters rules, Cadre cadre, int tier, LocalDate at) {
        EligibilityRule rule = EligibilityRule.PARTY_STANDING;
        int required =
                switch (tier) {
                    case PromotionStep.BUREAU -> rules.partyYearsBureau();
                    case PromotionStep.COUNTY -> rules.partyYearsCounty();
                    default -> 0;
                };
        if (cadre.getPoliticalStatus() == null || !cadre.getPoliticalStatus().partyMember()) {
            return of(rule, Outcome.FAIL, "not-member", required);
        }
        if (required == 0) {
            return of(rule, Outcome.PASS, "pass", 0, required);
        }
        Optional<LocalDate> joined = CareerSpans.formDate(cadre.getPartyJoined());
        if (joined.isEmpty()) {
            return of(rule, Outcome.WARNING, "unknown", required);
        }
        int years =
                switch (cadre.getPoliticalStatus()) {
                    case CPC_PROBATIONARY -> 0;
                    default -> CareerSpans.wholeYears(joined.get().plusYears(PROBATION_YEARS), at);
                };
        return years >= required
                ? of(rule, Outcome.PASS, "pass", years, required)
                : of(rule, Outcome.FAIL, "fail", years, required);
    }
}
