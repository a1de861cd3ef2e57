package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFacts;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.selection.eligibility.PromotionStep.Rank;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a candidate against the basic qualifications (V-S5, DOMAIN.md 5.1) of a rule pack, at a
 * reference date, from what the registry holds: the work start date, the post holdings with the
 * types of their units, the education and health fields. Where the data cannot tell, the finding
 * is a {@link Outcome#WARNING} for a person to confirm, never a pass.
 *
 * <p>Which rules apply: years of work and grassroots years for a promotion to a county-level post;
 * posts at the next lower level and time in post for a promotion to county level and above;
 * education, training and health always. A move that is not a promotion gets only the latter. A
 * promotion from a known rank also gets the exceptional-promotion finding ({@link
 * ExceptionalPromotion}), and a party leadership post the party standing ({@link PartyStanding}).
 */
public final class EligibilityCheck {

    private static final Pattern PARTY_TITLE = Pattern.compile("党委|党组|党工委|纪委|支部|党总支");

    private EligibilityCheck() {}

    /**
     * The findings for a candidate, in the order of the rules.
     *
     * @param holdings the cadre's post holdings, any order
     * @param unitTypes the types of the units the holdings name, by unit id; a unit missing here
     *     is one whose type is unknown
     * @param targetPrincipal whether the target is the principal post (the head of a deputy-ranked
     *     organ shares its deputies' level)
     */
    public static List<EligibilityFinding> check(
            RulePack pack,
            Cadre cadre,
            List<PostHolding> holdings,
            Map<UUID, UnitType> unitTypes,
            PostLevel targetLevel,
            boolean targetPrincipal,
            LocalDate at) {
        return check(pack, cadre, holdings, unitTypes, targetLevel, targetPrincipal, false, at);
    }

    /**
     * The same, for a target that may be a party leadership post ({@code targetPartyPost}: see
     * {@link #partyPost}), which adds the party standing rule.
     */
    public static List<EligibilityFinding> check(
            RulePack pack,
            Cadre cadre,
            List<PostHolding> holdings,
            Map<UUID, UnitType> unitTypes,
            PostLevel targetLevel,
            boolean targetPrincipal,
            boolean targetPartyPost,
            LocalDate at) {
        EligibilityParameters rules = pack.parameters();
        Optional<Rank> current = currentRank(cadre, holdings);
        Rank target = Rank.of(targetLevel, targetPrincipal);
        PromotionStep step = PromotionStep.of(current, target);
        int tier = PromotionStep.tier(targetLevel);
        List<EligibilityFinding> findings = new ArrayList<>();
        if (step != PromotionStep.NOT_A_PROMOTION && tier == PromotionStep.COUNTY) {
            findings.add(workYears(rules, cadre, at));
            findings.add(GrassrootsYears.check(rules, holdings, unitTypes, at));
        }
        if (step != PromotionStep.NOT_A_PROMOTION && tier <= PromotionStep.COUNTY) {
            findings.add(lowerPosts(rules, holdings, targetLevel));
            findings.add(timeInPost(rules, step, cadre, holdings, at));
        }
        findings.add(education(rules, cadre, tier));
        rules.trainingOutcome().ifPresent(outcome -> findings.add(of(EligibilityRule.TRAINING, outcome, "confirm")));
        findings.add(health(rules, cadre));
        if (targetPartyPost) {
            findings.add(PartyStanding.check(rules, cadre, tier, at));
        }
        ExceptionalPromotion.check(rules, current, target, cadre, holdings, List.copyOf(findings), at)
                .ifPresent(findings::add);
        return findings;
    }

    /**
     * Whether a post is a party leadership post (dang de lingdao zhiwu): in a unit of the pack's
     * {@value EligibilityParameters#PARTY_UNIT_TYPES}, or titled after a party body (党委, 党组,
     * 党工委, 纪委, 支部), such as a township's party secretary.
     */
    public static boolean partyPost(RulePack pack, UnitType unitType, String title) {
        if (unitType != null && pack.parameters().partyUnitTypes().contains(unitType)) {
            return true;
        }
        return title != null && PARTY_TITLE.matcher(title).find();
    }

    /** The current main post's rank, else the level of the file; empty for a cadre without a leadership post. */
    static Optional<Rank> currentRank(Cadre cadre, List<PostHolding> holdings) {
        Optional<PostHolding> main = CadreFacts.currentMain(holdings).filter(h -> h.getPostLevel() != null);
        if (main.isPresent()) {
            return Optional.of(Rank.of(main.get().getPostLevel(), main.get().isPrincipal()));
        }
        return Optional.ofNullable(cadre.getPostLevel()).map(level -> Rank.of(level, level.principal()));
    }

    private static EligibilityFinding workYears(EligibilityParameters rules, Cadre cadre, LocalDate at) {
        EligibilityRule rule = EligibilityRule.WORK_YEARS;
        Optional<LocalDate> start = CareerSpans.formDate(cadre.getWorkStarted());
        if (start.isEmpty()) {
            return of(rule, Outcome.WARNING, "unknown");
        }
        int years = CareerSpans.wholeYears(start.get(), at);
        return years >= rules.minWorkYears()
                ? of(rule, Outcome.PASS, "pass", years, rules.minWorkYears())
                : of(rule, Outcome.FAIL, "fail", years, rules.minWorkYears());
    }

    /** Distinct main posts at the level below the target: by position, else by unit and title. */
    private static EligibilityFinding lowerPosts(
            EligibilityParameters rules, List<PostHolding> holdings, PostLevel targetLevel) {
        EligibilityRule rule = EligibilityRule.LOWER_POSTS;
        if (holdings.isEmpty()) {
            return of(rule, Outcome.WARNING, "no-records", rules.minLowerPosts());
        }
        PostLevel lower = PostLevel.values()[targetLevel.ordinal() + 1];
        long posts = holdings.stream()
                .filter(h -> h.isMainPost() && h.getPostLevel() == lower)
                .map(EligibilityCheck::postIdentity)
                .distinct()
                .count();
        return posts >= rules.minLowerPosts()
                ? of(rule, Outcome.PASS, "pass", posts, rules.minLowerPosts(), lower)
                : of(rule, Outcome.FAIL, "fail", posts, rules.minLowerPosts(), lower);
    }

    private static Object postIdentity(PostHolding h) {
        if (h.getPositionId() != null) {
            return h.getPositionId();
        }
        return Stream.of(h.getUnitId(), h.getUnitName(), h.getTitle())
                .map(Objects::toString)
                .toList();
    }

    private static EligibilityFinding timeInPost(
            EligibilityParameters rules, PromotionStep step, Cadre cadre, List<PostHolding> holdings, LocalDate at) {
        EligibilityRule rule = EligibilityRule.TIME_IN_POST;
        int required;
        String failure;
        switch (step) {
            case DEPUTY_TO_PRINCIPAL -> {
                required = rules.deputyToPrincipalYears();
                failure = "fail-deputy";
            }
            case PRINCIPAL_TO_UPPER_DEPUTY -> {
                required = rules.lowerPrincipalToUpperDeputyYears();
                failure = "fail-principal";
            }
            case SKIPS_A_STEP -> {
                return of(rule, Outcome.WARNING, "skip");
            }
            default -> {
                return of(rule, Outcome.WARNING, "unknown");
            }
        }
        Optional<Period> atLevel = CadreFacts.atCurrentLevel(cadre, holdings, at);
        if (atLevel.isEmpty() || atLevel.get().isNegative()) {
            return of(rule, Outcome.WARNING, "unknown");
        }
        int years = atLevel.get().getYears();
        return years >= required
                ? of(rule, Outcome.PASS, "pass", years, required)
                : of(rule, Outcome.FAIL, failure, years, required);
    }

    /** The higher of full-time and in-service education (the enum lists the highest first). */
    private static EligibilityFinding education(EligibilityParameters rules, Cadre cadre, int tier) {
        EligibilityRule rule = EligibilityRule.EDUCATION;
        EducationLevel required = tier == PromotionStep.BUREAU ? rules.minEducationBureau() : rules.minEducation();
        Optional<EducationLevel> highest = Stream.of(
                        cadre.education().getFullTimeLevel(), cadre.education().getInServiceLevel())
                .filter(Objects::nonNull)
                .min(Enum::compareTo);
        if (highest.isEmpty()) {
            return of(rule, Outcome.WARNING, "unknown", required);
        }
        return highest.get().compareTo(required) <= 0
                ? of(rule, Outcome.PASS, "pass", highest.get(), required)
                : of(rule, Outcome.FAIL, "fail", highest.get(), required);
    }

    /** The form's health field cannot prove fitness for duty: below the pack's minimum it is to be confirmed. */
    private static EligibilityFinding health(EligibilityParameters rules, Cadre cadre) {
        EligibilityRule rule = EligibilityRule.HEALTH;
        if (cadre.getHealth() == null) {
            return of(rule, Outcome.WARNING, "unknown");
        }
        return cadre.getHealth().compareTo(rules.minHealth()) <= 0
                ? of(rule, Outcome.PASS, "pass", cadre.getHealth())
                : of(rule, Outcome.WARNING, "confirm", cadre.getHealth());
    }
}
