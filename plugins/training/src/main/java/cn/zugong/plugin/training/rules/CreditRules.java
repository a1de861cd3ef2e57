package cn.zugong.plugin.training.rules;

import static cn.zugong.plugin.training.TrainingRules.*;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.course.CourseMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The training rules in force for a county on a date, read from the map {@link
 * cn.zugong.api.rules.RulePacks#effective} returns for {@link
 * cn.zugong.plugin.training.TrainingRules#PACK_ID}; a key it lacks takes the national value. Each
 * component names its source in DOMAIN §1.
 *
 * @param countyHoursPerWindow T1 [V]: hours per window for xianchu level and above (550)
 * @param countyDaysPerWindow T1 [V] / V-T1 [I]: the "3 months" alternative, in training days (90)
 * @param window T1 [V], §1.3 [I]: the window's length and anchor
 * @param townshipHoursPerYear T3 [V]: hours per calendar year for xiangke level (90)
 * @param townshipDaysPerYear T3 [V]: the days alternative per calendar year (12)
 * @param onlineHoursPerYear T5 [P]: online hours per calendar year for every cadre (50; 0 = none)
 * @param countedModes T1, T3 [V]: modes whose hours and days count towards T1 and T3
 * @param onlineModes T4, T5: modes whose hours count as online study
 * @param leaveDivisor T7 [V]: leave may not exceed 1/n of a course's hours (7)
 * @param maxHoursPerDay [I]: most hours one training day can give (8)
 * @param onlineConversion T6 [P]: online minutes to hours, where a province configures it
 * @param makeUpMonths T2 [V]: months after an appointment to make up unmet training (12)
 * @param reminderLeadDays V-T5 [I]: days before the make-up deadline a reminder is due (30)
 * @param pace [I]: when a cadre is falling behind during the year and the window
 */
public record CreditRules(
        BigDecimal countyHoursPerWindow,
        int countyDaysPerWindow,
        WindowRule window,
        BigDecimal townshipHoursPerYear,
        int townshipDaysPerYear,
        BigDecimal onlineHoursPerYear,
        Set<CourseMode> countedModes,
        Set<CourseMode> onlineModes,
        int leaveDivisor,
        BigDecimal maxHoursPerDay,
        OnlineConversion onlineConversion,
        int makeUpMonths,
        int reminderLeadDays,
        PaceRule pace) {

    private static final String ROLLING = "rolling";

    public CreditRules {
        Objects.requireNonNull(countyHoursPerWindow, "countyHoursPerWindow");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(townshipHoursPerYear, "townshipHoursPerYear");
        Objects.requireNonNull(onlineHoursPerYear, "onlineHoursPerYear");
        countedModes = Set.copyOf(countedModes);
        onlineModes = Set.copyOf(onlineModes);
        Objects.requireNonNull(maxHoursPerDay, "maxHoursPerDay");
        Objects.requireNonNull(onlineConversion, "onlineConversion");
        Objects.requireNonNull(pace, "pace");
        if (leaveDivisor < 1) {
            throw new IllegalArgumentException("leave divisor below 1: " + leaveDivisor);
        }
    }

    /**
     * The rules from effective rule values.
     *
     * @throws IllegalArgumentException when a value cannot be read; {@link #problems} says which
     */
    public static CreditRules parse(Map<String, String> effective) {
        RuleReader reader = new RuleReader(effective);
        CreditRules rules = read(reader);
        reader.requireNoProblems();
        return rules;
    }

    /** The national rules (the pack's defaults). */
    public static CreditRules national() {
        return parse(Map.of());
    }

    /**
     * What is wrong with rule values, one problem per unreadable key ({@code
     * training.rules.badValue}): for an administrator's override before it is saved.
     */
    public static List<Problem> problems(Map<String, String> effective) {
        RuleReader reader = new RuleReader(effective);
        read(reader);
        return reader.problems();
    }

    private static CreditRules read(RuleReader reader) {
        return new CreditRules(
                reader.decimal(COUNTY_HOURS_PER_WINDOW),
                reader.integer(COUNTY_DAYS_PER_WINDOW, 0),
                new WindowRule(reader.integer(WINDOW_YEARS, 1), windowStart(reader)),
                reader.decimal(TOWNSHIP_HOURS_PER_YEAR),
                reader.integer(TOWNSHIP_DAYS_PER_YEAR, 0),
                reader.decimal(ONLINE_HOURS_PER_YEAR),
                reader.modes(COUNTED_MODES),
                reader.modes(ONLINE_MODES),
                reader.integer(LEAVE_DIVISOR, 1),
                reader.decimal(MAX_HOURS_PER_DAY),
                OnlineConversion.read(reader, ONLINE_MINUTE_TIERS, ONLINE_TEST_HOURS),
                reader.integer(MAKE_UP_MONTHS, 1),
                reader.integer(REMINDER_LEAD_DAYS, 0),
                PaceRule.read(reader, PACE_YEAR_CHECKPOINTS, PACE_WINDOW));
    }

    private static OptionalInt windowStart(RuleReader reader) {
        return ROLLING.equalsIgnoreCase(reader.text(WINDOW_START))
                ? OptionalInt.empty()
                : OptionalInt.of(reader.integer(WINDOW_START, 1));
    }

    /**
     * DOMAIN T7 [V], V-T3: whether {@code leaveHours} exceed 1/{@link #leaveDivisor} of a course's
     * {@code courseHours} ("over this → tuixue"; exactly the limit is still allowed). Compared without
     * division, so that 1/7 of 70 hours is exactly 10.
     */
    public boolean leaveExceeded(BigDecimal leaveHours, BigDecimal courseHours) {
        return leaveHours.multiply(BigDecimal.valueOf(leaveDivisor)).compareTo(courseHours) > 0;
    }

    /** DOMAIN §1.3 {@code leave_limit = hours/7}: the most leave allowed, to one decimal, rounded down. */
    public BigDecimal leaveLimit(BigDecimal courseHours) {
        return courseHours.divide(BigDecimal.valueOf(leaveDivisor), 1, RoundingMode.DOWN);
    }

    /** [I]: the most hours {@code days} of training can plausibly give. */
    public BigDecimal maxHours(int days) {
        return maxHoursPerDay.multiply(BigDecimal.valueOf(days));
    }
}
