package cn.zugong.core.team;

import cn.zugong.core.selection.eligibility.EligibilityParameters;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The team targets and the statistics' reference date in force for a province: the national
 * pack with the province's laid over it, key by key (the highest version in force of each).
 *
 * @param teamUnitTypes {@value #TEAM_UNIT_TYPES}: the unit types whose teams are measured
 * @param teamMinPosts {@value #TEAM_MIN_POSTS}: a unit with fewer approved posts has no team to measure
 * @param womenMin {@value #WOMEN_MIN}, in the unit types {@value #WOMEN_UNIT_TYPES}
 * @param youngerMaxAge {@value #YOUNGER_MAX_AGE}: a younger member is at most this old
 * @param youngerMin {@value #YOUNGER_MIN}: younger members required
 * @param under45MinPercent {@value #UNDER_45_MIN}
 * @param over55MaxPercent {@value #OVER_55_MAX}
 * @param universityMinPercent {@value #UNIVERSITY_MIN}
 * @param expertiseMin {@value #EXPERTISE_MIN}: distinct fields of expertise (shuxi zhuanye)
 * @param vacanciesMax {@value #VACANCIES_MAX}
 * @param referenceDay {@value #REFERENCE_DATE}: the statistics' reference day of the year (MM-DD)
 */
public record StructureRules(
        Set<UnitType> teamUnitTypes,
        int teamMinPosts,
        int womenMin,
        Set<UnitType> womenUnitTypes,
        int youngerMaxAge,
        int youngerMin,
        int under45MinPercent,
        int over55MaxPercent,
        int universityMinPercent,
        int expertiseMin,
        int vacanciesMax,
        MonthDay referenceDay) {

    public static final String TEAM_UNIT_TYPES = "team.unit-types";
    public static final String TEAM_MIN_POSTS = "team.min-posts";
    public static final String WOMEN_MIN = "women.min-count";
    public static final String WOMEN_UNIT_TYPES = "women.unit-types";
    public static final String YOUNGER_MAX_AGE = "younger.max-age";
    public static final String YOUNGER_MIN = "younger.min-count";
    public static final String UNDER_45_MIN = "age.under-45.min-percent";
    public static final String OVER_55_MAX = "age.over-55.max-percent";
    public static final String UNIVERSITY_MIN = "education.university.min-percent";
    public static final String EXPERTISE_MIN = "expertise.min-distinct";
    public static final String VACANCIES_MAX = "vacancies.max";
    public static final String REFERENCE_DATE = "statistics.reference-date";

    public StructureRules {
        teamUnitTypes = Set.copyOf(teamUnitTypes);
        womenUnitTypes = Set.copyOf(womenUnitTypes);
    }

    /** The province of a tenant: the first two digits of its region code. */
    public static String provinceOf(String tenantCode) {
        return tenantCode.substring(0, 2);
    }

    /** The reference date of a report year. */
    public LocalDate referenceDate(int year) {
        return referenceDay.atYear(year);
    }

    /**
     * The rules in force for a province at a date.
     *
     * @throws IllegalArgumentException when no pack is in force, or the packs leave a key out or
     *     give a bad value
     */
    public static StructureRules resolve(Collection<StructureRulePack> packs, String province, LocalDate at) {
        List<StructureRulePack> applied = new ArrayList<>();
        latest(packs, StructureRulePack.NATIONAL, at).ifPresent(applied::add);
        if (!StructureRulePack.NATIONAL.equals(province)) {
            latest(packs, province, at).ifPresent(applied::add);
        }
        if (applied.isEmpty()) {
            throw new IllegalArgumentException("No structure rule pack in force at " + at);
        }
        Map<String, String> values = new LinkedHashMap<>();
        applied.forEach(pack -> values.putAll(EligibilityParameters.lines(pack.getParameters())));
        return parse(values);
    }

    /** The rules of complete {@code key=value} lines. */
    public static StructureRules parse(Map<String, String> values) {
        return new StructureRules(
                unitTypes(values, TEAM_UNIT_TYPES),
                number(values, TEAM_MIN_POSTS),
                number(values, WOMEN_MIN),
                unitTypes(values, WOMEN_UNIT_TYPES),
                number(values, YOUNGER_MAX_AGE),
                number(values, YOUNGER_MIN),
                percent(values, UNDER_45_MIN),
                percent(values, OVER_55_MAX),
                percent(values, UNIVERSITY_MIN),
                number(values, EXPERTISE_MIN),
                number(values, VACANCIES_MAX),
                day(values));
    }

    private static Optional<StructureRulePack> latest(
            Collection<StructureRulePack> packs, String province, LocalDate at) {
        return packs.stream()
                .filter(p -> p.getProvince().equals(province) && p.inForceAt(at))
                .max(Comparator.comparingInt(StructureRulePack::getVersion));
    }

    private static MonthDay day(Map<String, String> values) {
        try {
            return MonthDay.parse("--" + required(values, REFERENCE_DATE));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(REFERENCE_DATE + " is not MM-DD: " + values.get(REFERENCE_DATE), e);
        }
    }

    private static Set<UnitType> unitTypes(Map<String, String> values, String key) {
        try {
            return Arrays.stream(required(values, key).split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(UnitType::valueOf)
                    .collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": not a unit type in " + values.get(key), e);
        }
    }

    private static int percent(Map<String, String> values, String key) {
        int value = number(values, key);
        if (value > 100) {
            throw new IllegalArgumentException(key + " is over 100");
        }
        return value;
    }

    private static int number(Map<String, String> values, String key) {
        try {
            int value = Integer.parseInt(required(values, key));
            if (value < 0) {
                throw new IllegalArgumentException(key + " is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + values.get(key), e);
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + key);
        }
        return value.strip();
    }
}
