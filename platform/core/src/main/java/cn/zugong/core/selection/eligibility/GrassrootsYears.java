package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Grassroots work experience (jiceng gongzuo jingli) from the post holdings: the time in units of
 * the pack's grassroots types (by default townships), overlaps counted once. A holding whose unit
 * is not in the registry (no unit id, or a unit of unknown type) might be grassroots work: when the
 * known time falls short and such holdings exist, the finding is a warning, not a failure.
 */
final class GrassrootsYears {

    private GrassrootsYears() {}

    static EligibilityFinding check(
            EligibilityParameters rules, List<PostHolding> holdings, Map<UUID, UnitType> unitTypes, LocalDate at) {
        EligibilityRule rule = EligibilityRule.GRASSROOTS_YEARS;
        int required = rules.minGrassrootsYears();
        if (holdings.isEmpty()) {
            return of(rule, Outcome.WARNING, "no-records", required);
        }
        List<PostHolding> grassroots = holdings.stream()
                .filter(h -> h.getUnitId() != null && isGrassroots(rules, unitTypes.get(h.getUnitId())))
                .toList();
        long days = CareerSpans.days(grassroots, at);
        int years = CareerSpans.wholeYears(days, at);
        if (CareerSpans.atLeastYears(days, required, at)) {
            return of(rule, Outcome.PASS, "pass", years, required);
        }
        long unknown = holdings.stream()
                .filter(h -> h.getUnitId() == null || !unitTypes.containsKey(h.getUnitId()))
                .count();
        return unknown > 0
                ? of(rule, Outcome.WARNING, "unknown", years, required, unknown)
                : of(rule, Outcome.FAIL, "fail", years, required);
    }

    private static boolean isGrassroots(EligibilityParameters rules, UnitType type) {
        return type != null && rules.grassrootsUnitTypes().contains(type);
    }
}
