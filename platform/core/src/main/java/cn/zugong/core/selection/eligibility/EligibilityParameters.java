package cn.zugong.core.selection.eligibility;

import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.unit.UnitType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The thresholds of a rule pack (DOMAIN.md 5.1), read from its {@code key=value} lines.
 *
 * @param minWorkYears {@value #MIN_WORK_YEARS}: years of work for a county-level post
 * @param minGrassrootsYears {@value #MIN_GRASSROOTS_YEARS}: grassroots years for a county-level post
 * @param grassrootsUnitTypes {@value #GRASSROOTS_UNIT_TYPES}: the unit types whose posts count as
 *     grassroots work, comma-separated {@link UnitType} names
 * @param minLowerPosts {@value #MIN_LOWER_POSTS}: posts at the next lower level, county level and above
 * @param deputyToPrincipalYears {@value #DEPUTY_TO_PRINCIPAL}: years in the deputy post before the principal one
 * @param lowerPrincipalToUpperDeputyYears {@value #LOWER_PRINCIPAL_TO_UPPER_DEPUTY}: years in the lower
 *     principal post before the upper deputy one
 * @param minEducation {@value #MIN_EDUCATION}: up to county level
 * @param minEducationBureau {@value #MIN_EDUCATION_BUREAU}: bureau level and above
 * @param trainingOutcome {@value #TRAINING_OUTCOME}: {@code WARNING} to remind of the training
 *     requirement, {@code OFF} for no finding
 * @param minHealth {@value #MIN_HEALTH}: below it, health is to be confirmed
 * @param partyYearsCounty {@value #PARTY_YEARS_COUNTY}: party standing for a county-level party
 *     leadership post (party constitution article 27: members of a county committee)
 * @param partyYearsBureau {@value #PARTY_YEARS_BUREAU}: the same for a bureau-level one (members of
 *     a prefecture or province committee)
 * @param partyUnitTypes {@value #PARTY_UNIT_TYPES}: the unit types whose leadership posts are
 *     party posts, besides posts whose title names a party body
 * @param exceptionalYearsSincePromotion {@value #EXCEPTIONAL_YEARS_SINCE_PROMOTION}: no exceptional
 *     promotion sooner after the last promotion
 * @param noticeMinWorkingDays {@value #NOTICE_MIN_DAYS}: the inspection notice at least so many
 *     working days before the inspection ([P])
 * @param noticeMaxWorkingDays {@value #NOTICE_MAX_DAYS}: and at most so many ([P])
 * @param dualReplyMonths {@value #DUAL_REPLY_MONTHS}: a co-manager's silence for so long is consent
 */
public record EligibilityParameters(
        int minWorkYears,
        int minGrassrootsYears,
        Set<UnitType> grassrootsUnitTypes,
        int minLowerPosts,
        int deputyToPrincipalYears,
        int lowerPrincipalToUpperDeputyYears,
        EducationLevel minEducation,
        EducationLevel minEducationBureau,
        Optional<Outcome> trainingOutcome,
        Health minHealth,
        int partyYearsCounty,
        int partyYearsBureau,
        Set<UnitType> partyUnitTypes,
        int exceptionalYearsSincePromotion,
        int noticeMinWorkingDays,
        int noticeMaxWorkingDays,
        int dualReplyMonths) {

    public static final String MIN_WORK_YEARS = "county.min-work-years";
    public static final String MIN_GRASSROOTS_YEARS = "county.min-grassroots-years";
    public static final String GRASSROOTS_UNIT_TYPES = "grassroots.unit-types";
    public static final String MIN_LOWER_POSTS = "county-and-above.min-lower-posts";
    public static final String DEPUTY_TO_PRINCIPAL = "deputy-to-principal.min-years";
    public static final String LOWER_PRINCIPAL_TO_UPPER_DEPUTY = "lower-principal-to-upper-deputy.min-years";
    public static final String MIN_EDUCATION = "education.min";
    public static final String MIN_EDUCATION_BUREAU = "education.min.bureau-and-above";
    public static final String TRAINING_OUTCOME = "training.outcome";
    public static final String MIN_HEALTH = "health.min";
    public static final String PARTY_YEARS_COUNTY = "party-standing.min-years.county";
    public static final String PARTY_YEARS_BUREAU = "party-standing.min-years.bureau-and-above";
    public static final String PARTY_UNIT_TYPES = "party-standing.unit-types";
    public static final String EXCEPTIONAL_YEARS_SINCE_PROMOTION = "exceptional.min-years-since-promotion";
    public static final String NOTICE_MIN_DAYS = "inspection-notice.min-working-days";
    public static final String NOTICE_MAX_DAYS = "inspection-notice.max-working-days";
    public static final String DUAL_REPLY_MONTHS = "dual-management.reply-months";

    public EligibilityParameters {
        grassrootsUnitTypes = Set.copyOf(grassrootsUnitTypes);
        partyUnitTypes = Set.copyOf(partyUnitTypes);
        if (noticeMaxWorkingDays < noticeMinWorkingDays) {
            throw new IllegalArgumentException(NOTICE_MAX_DAYS + " is below " + NOTICE_MIN_DAYS);
        }
    }

    /**
     * The parameters of complete {@code key=value} lines.
     *
     * @throws IllegalArgumentException naming the first key that is missing or has a bad value
     */
    public static EligibilityParameters parse(Map<String, String> values) {
        return new EligibilityParameters(
                years(values, MIN_WORK_YEARS),
                years(values, MIN_GRASSROOTS_YEARS),
                unitTypes(values, GRASSROOTS_UNIT_TYPES),
                years(values, MIN_LOWER_POSTS),
                years(values, DEPUTY_TO_PRINCIPAL),
                years(values, LOWER_PRINCIPAL_TO_UPPER_DEPUTY),
                constant(EducationLevel.class, MIN_EDUCATION, required(values, MIN_EDUCATION)),
                constant(EducationLevel.class, MIN_EDUCATION_BUREAU, required(values, MIN_EDUCATION_BUREAU)),
                training(required(values, TRAINING_OUTCOME)),
                constant(Health.class, MIN_HEALTH, required(values, MIN_HEALTH)),
                years(values, PARTY_YEARS_COUNTY),
                years(values, PARTY_YEARS_BUREAU),
                unitTypes(values, PARTY_UNIT_TYPES),
                years(values, EXCEPTIONAL_YEARS_SINCE_PROMOTION),
                years(values, NOTICE_MIN_DAYS),
                years(values, NOTICE_MAX_DAYS),
                years(values, DUAL_REPLY_MONTHS));
    }

    private static Set<UnitType> unitTypes(Map<String, String> values, String key) {
        return Arrays.stream(required(values, key).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(name -> constant(UnitType.class, key, name))
                .collect(Collectors.toSet());
    }

    /** The {@code key=value} lines of a pack's text, in order; blank lines and {@code #} comments are skipped. */
    public static Map<String, String> lines(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int equals = stripped.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("Not a key=value line: " + stripped);
            }
            values.put(
                    stripped.substring(0, equals).strip(),
                    stripped.substring(equals + 1).strip());
        }
        return values;
    }

    private static Optional<Outcome> training(String value) {
        return switch (value) {
            case "WARNING" -> Optional.of(Outcome.WARNING);
            case "OFF" -> Optional.empty();
            default -> throw new IllegalArgumentException(TRAINING_OUTCOME + " is WARNING or OFF, not " + value);
        };
    }

    private static int years(Map<String, String> values, String key) {
        try {
            int years = Integer.parseInt(required(values, key));
            if (years < 0) {
                throw new IllegalArgumentException(key + " is negative");
            }
            return years;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + values.get(key), e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String key, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": no " + type.getSimpleName() + " " + name, e);
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + key);
        }
        return value;
    }
}
