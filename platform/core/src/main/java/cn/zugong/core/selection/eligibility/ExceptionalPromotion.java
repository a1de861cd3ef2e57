package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFacts;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.selection.eligibility.PromotionStep.Rank;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Exceptional promotion (poge, DOMAIN.md 5.1, 4.2, V-S6; selection regulation 2019 article 11). A
 * promotion is exceptional when it skips a rank (yueji) or falls short of the years or posts of the
 * basic qualifications. Such a promotion is a hard finding ({@value #EXCEPTIONAL}) that only a
 * recorded approval of the upper organization department may lift; its limits may not be lifted
 * at all: never two levels at once ({@code two-levels}), none during a trial year ({@code
 * on-trial}), none within {@value EligibilityParameters#EXCEPTIONAL_YEARS_SINCE_PROMOTION} year of
 * the last promotion ({@code within-year}; the anniversary itself is allowed), and no second poge
 * on the years in post in a row ({@code consecutive}: the time-in-post rule fails now, and the post
 * holdings show the last promotion short of the years it required). A regular promotion passes
 * ({@code regular}).
 */
final class ExceptionalPromotion {

    static final String EXCEPTIONAL = "exceptional";

    /** The rules whose shortfall makes a promotion exceptional. */
    private static final Set<EligibilityRule> SKIPPABLE = EnumSet.of(
            EligibilityRule.WORK_YEARS,
            EligibilityRule.GRASSROOTS_YEARS,
            EligibilityRule.LOWER_POSTS,
            EligibilityRule.TIME_IN_POST);

    private ExceptionalPromotion() {}

    /**
     * The finding for a promotion from a known rank, given the findings of the basic
     * qualifications; empty when the move is not a promotion or the current rank is unknown.
     */
    static Optional<EligibilityFinding> check(
            EligibilityParameters rules,
            Optional<Rank> current,
            Rank target,
            Cadre cadre,
            List<PostHolding> holdings,
            List<EligibilityFinding> basic,
            LocalDate at) {
        if (current.isEmpty() || !target.above(current.get())) {
            return Optional.empty();
        }
        EligibilityRule rule = EligibilityRule.EXCEPTIONAL_PROMOTION;
        int steps = steps(current.get(), target);
        boolean shortfall = basic.stream().anyMatch(f -> SKIPPABLE.contains(f.rule()) && f.outcome() == Outcome.FAIL);
        if (steps == 1 && !shortfall) {
            return Optional.of(of(rule, Outcome.PASS, "regular"));
        }
        if (steps > 2) {
            return Optional.of(of(rule, Outcome.FAIL, "two-levels", steps - 1));
        }
        if (CadreFacts.currentMain(holdings).filter(PostHolding::isTrial).isPresent()) {
            return Optional.of(of(rule, Outcome.FAIL, "on-trial"));
        }
        int required = rules.exceptionalYearsSincePromotion();
        Optional<Period> sincePromotion = CadreFacts.atCurrentLevel(cadre, holdings, at);
        if (sincePromotion.isPresent()
                && !sincePromotion.get().isNegative()
                && sincePromotion.get().toTotalMonths() < 12L * required) {
            return Optional.of(
                    of(rule, Outcome.FAIL, "within-year", sincePromotion.get().toTotalMonths(), required));
        }
        boolean shortOfYears =
                basic.stream().anyMatch(f -> f.rule() == EligibilityRule.TIME_IN_POST && f.outcome() == Outcome.FAIL);
        if (shortOfYears && lastPromotionShortOfYears(rules, holdings)) {
            return Optional.of(of(rule, Outcome.FAIL, "consecutive"));
        }
        return Optional.of(of(rule, Outcome.FAIL, EXCEPTIONAL, steps - 1));
    }

    /**
     * Whether the promotion to the current level came before the years in post it required: the
     * unbroken run of main posts at the current level, and the one at the level before it, as the
     * holdings show them; false when they do not show both.
     */
    static boolean lastPromotionShortOfYears(EligibilityParameters rules, List<PostHolding> holdings) {
        List<PostHolding> mains = holdings.stream()
                .filter(h -> h.isMainPost() && h.getPostLevel() != null && h.getStartDate() != null)
                .sorted(Comparator.comparing(PostHolding::getStartDate).reversed())
                .toList();
        int i = 0;
        LocalDate reached = null;
        while (i < mains.size()
                && mains.get(i).getPostLevel() == mains.getFirst().getPostLevel()) {
            reached = mains.get(i++).getStartDate();
        }
        if (i == mains.size()) {
            return false;
        }
        PostHolding before = mains.get(i);
        LocalDate since = before.getStartDate();
        while (i < mains.size() && mains.get(i).getPostLevel() == before.getPostLevel()) {
            since = mains.get(i++).getStartDate();
        }
        PostHolding current = mains.getFirst();
        Rank to = Rank.of(current.getPostLevel(), current.isPrincipal());
        int required =
                switch (PromotionStep.of(Optional.of(Rank.of(before.getPostLevel(), before.isPrincipal())), to)) {
                    case DEPUTY_TO_PRINCIPAL -> rules.deputyToPrincipalYears();
                    case PRINCIPAL_TO_UPPER_DEPUTY -> rules.lowerPrincipalToUpperDeputyYears();
                    default -> 0;
                };
        return to.tier() <= PromotionStep.COUNTY && since.plusYears(required).isAfter(reached);
    }

    /**
     * How many ranks up the target lies: 1 for the next rank (deputy to principal, principal to
     * the deputy post above), 2 when one rank is skipped (yueji), 3 or more for two levels or more.
     */
    static int steps(Rank from, Rank to) {
        return position(to) - position(from);
    }

    private static int position(Rank rank) {
        return -2 * rank.tier() + (rank.principal() ? 1 : 0);
    }
}
