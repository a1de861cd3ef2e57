package cn.zugong.plugin.rotation.rules;

import cn.zugong.plugin.rotation.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rotation rules in force for a county (DOMAIN §2.1–§2.6), parsed from the effective values of
 * the pack {@code rotation}. Each field names the rule it serves; {@code RotationRules} and the
 * properties files give the sources.
 *
 * @param mustSamePostYears V-E3: years in the same post after which a leadership member must move
 * @param shouldSameLevelYears V-E3: years at the same level in the region's leadership, should move
 * @param leadershipUnitTypes V-E3, V-E4: the unit kinds whose members form the party and government leadership
 * @param keyPrincipalEnabled V-E7 [P]: whether key-department principals must move after {@code keyPrincipalYears}
 * @param keyPrincipalYears V-E7 [P]
 * @param keyPrincipalUnitTypes V-E7: unit kinds whose principal is a key-department principal
 * @param termYears §2.3: the length of a term
 * @param consecutiveTermsMax V-E4: consecutive terms in one post after which it is closed to the cadre
 * @param cumulativeLevelYears V-E4: years at one level after which that level is closed
 * @param termPrincipalUnitTypes §2.3 scope: unit kinds whose principal falls under the term rules
 * @param fullTermAfterYears §2.3 [P]: years served in a term that count as the full term; empty: the whole term
 * @param batchDivisor V-E5 [P]: a batch takes at most 1/divisor of a team
 * @param specialNeedMax V-E6 [I]: special-need job changes allowed per term
 * @param regionalUnitTypes V-E1: unit kinds whose principal post is closed in the growth place
 * @param regionalDepartmentWords V-E1: words naming the departments of V-E1 (组织部, 公安)
 * @param countyNames V-E1: names of this county in a growth place
 * @param cityNames V-E1: names of this county's city in a growth place
 * @param sensitiveWords V-E2: words naming the sensitive functions
 * @param reminderDueMonths item 9: months ahead a becoming-due cadre is reminded of
 * @param reminderFindingDays item 9: days after which an open finding is reminded of
 */
public record RuleValues(
        int mustSamePostYears,
        int shouldSameLevelYears,
        Set<String> leadershipUnitTypes,
        boolean keyPrincipalEnabled,
        int keyPrincipalYears,
        Set<String> keyPrincipalUnitTypes,
        int termYears,
        int consecutiveTermsMax,
        int cumulativeLevelYears,
        Set<String> termPrincipalUnitTypes,
        OptionalInt fullTermAfterYears,
        int batchDivisor,
        int specialNeedMax,
        Set<String> regionalUnitTypes,
        List<String> regionalDepartmentWords,
        List<String> countyNames,
        List<String> cityNames,
        List<String> sensitiveWords,
        int reminderDueMonths,
        int reminderFindingDays) {

    private static final List<String> POSITIVE = List.of(
            "must.samePost.years",
            "should.sameLevel.years",
            "keyPrincipal.years",
            "term.years",
            "term.consecutive.max",
            "term.cumulative.years",
            "batch.maxShare.divisor",
            "reminder.due.months",
            "reminder.finding.days");
    private static final List<String> NATURAL = List.of("term.specialNeed.max");
    private static final List<String> BOOLEAN = List.of("keyPrincipal.enabled");

    /** What cannot be read, key by key ({@code rotation.rules.*} messages). */
    public static List<Problem> problems(Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        for (String key : POSITIVE) {
            if (!integer(values.get(key)).filter(i -> i > 0).isPresent()) {
                problems.add(Problem.of(key, "rotation.rules.positive", String.valueOf(values.get(key))));
            }
        }
        for (String key : NATURAL) {
            if (!integer(values.get(key)).filter(i -> i >= 0).isPresent()) {
                problems.add(Problem.of(key, "rotation.rules.natural", String.valueOf(values.get(key))));
            }
        }
        for (String key : BOOLEAN) {
            String value = values.get(key);
            if (!"true".equals(value) && !"false".equals(value)) {
                problems.add(Problem.of(key, "rotation.rules.boolean", String.valueOf(value)));
            }
        }
        String fullAfter = values.get("term.fullAfter.years");
        if (fullAfter != null && !fullAfter.isBlank()) {
            int term = integer(values.get("term.years")).orElse(5);
            if (integer(fullAfter).filter(y -> y > 0 && y <= term).isEmpty()) {
                problems.add(Problem.of("term.fullAfter.years", "rotation.rules.fullAfter", fullAfter, term));
            }
        }
        return problems;
    }

    /** The values, read; call {@link #problems} first: an unreadable value throws here. */
    public static RuleValues parse(Map<String, String> values) {
        if (!problems(values).isEmpty()) {
            throw new IllegalArgumentException("unreadable rotation rules: " + problems(values));
        }
        String fullAfter = values.getOrDefault("term.fullAfter.years", "");
        return new RuleValues(
                number(values, "must.samePost.years"),
                number(values, "should.sameLevel.years"),
                set(values, "leadership.unitTypes"),
                Boolean.parseBoolean(values.get("keyPrincipal.enabled")),
                number(values, "keyPrincipal.years"),
                set(values, "keyPrincipal.unitTypes"),
                number(values, "term.years"),
                number(values, "term.consecutive.max"),
                number(values, "term.cumulative.years"),
                set(values, "term.principal.unitTypes"),
                fullAfter.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(fullAfter.strip())),
                number(values, "batch.maxShare.divisor"),
                number(values, "term.specialNeed.max"),
                set(values, "regional.unitTypes"),
                list(values, "regional.departmentWords"),
                list(values, "regional.county.names"),
                list(values, "regional.city.names"),
                list(values, "kinship.sensitiveWords"),
                number(values, "reminder.due.months"),
                number(values, "reminder.finding.days"));
    }

    private static Optional<Integer> integer(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int number(Map<String, String> values, String key) {
        return Integer.parseInt(values.get(key).strip());
    }

    private static List<String> list(Map<String, String> values, String key) {
        String value = values.getOrDefault(key, "");
        return Arrays.stream(value.split("[,，]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Set<String> set(Map<String, String> values, String key) {
        return list(values, key).stream().collect(Collectors.toUnmodifiableSet());
    }
}
