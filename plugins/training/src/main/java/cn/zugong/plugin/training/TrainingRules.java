package cn.zugong.plugin.training;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The training rule packs: the national values and Yunnan's online-learning figures, and the keys
 * they use. The values live in {@code training/rules-*.properties} next to this class's package so
 * that the column names of imports (Chinese) stay out of the code. Sources are the rules of the
 * domain reference (DOMAIN §1); values marked [P] or [I] there are the ones a province or county
 * is expected to override.
 */
@Extension
public class TrainingRules implements RulePackContribution {

    /** The pack id to ask {@link cn.zugong.api.rules.RulePacks#effective} for. */
    public static final String PACK_ID = "training";

    /** DOMAIN T1 [V]: hours required of xianchu level and above per window (550). */
    public static final String COUNTY_HOURS_PER_WINDOW = "county.hours.window";
    /** DOMAIN T1 [V], V-T1 [I]: the "3 months" alternative as a number of training days (90). */
    public static final String COUNTY_DAYS_PER_WINDOW = "county.days.window";
    /** DOMAIN T1 [V]: the window's length in calendar years (5). */
    public static final String WINDOW_YEARS = "window.years";
    /**
     * DOMAIN T1, §1.3 [I]: how windows are anchored: a year one window starts in (2023, the first
     * year of the national plan 2023-2027 of T5), or {@code rolling} for the calendar years ending
     * with the current one.
     */
    public static final String WINDOW_START = "window.start";
    /** DOMAIN T3 [V]: hours required of xiangke level per calendar year (90). */
    public static final String TOWNSHIP_HOURS_PER_YEAR = "township.hours.year";
    /** DOMAIN T3 [V]: the days alternative for xiangke level per calendar year (12). */
    public static final String TOWNSHIP_DAYS_PER_YEAR = "township.days.year";
    /** DOMAIN T5 [P], V-T4: online hours required of every cadre per calendar year (50; 0 = none). */
    public static final String ONLINE_HOURS_PER_YEAR = "online.hours.year";
    /** DOMAIN T1, T3 [V]: the course modes counted towards T1 and T3 (tuochan and jizhong). */
    public static final String COUNTED_MODES = "modes.counted";
    /** DOMAIN T4, T5: the course modes counted as online study. */
    public static final String ONLINE_MODES = "modes.online";
    /** DOMAIN T7 [V]: leave may not exceed 1/n of a course's hours (n = 7). */
    public static final String LEAVE_DIVISOR = "leave.divisor";
    /** [I] (no figure in DOMAIN §1): most hours one day of training can give (8). */
    public static final String MAX_HOURS_PER_DAY = "hours.day.max";
    /** DOMAIN T6 [P]: online minutes to hours, such as {@code >=30:1,>15:0.5,>0:0.25}; empty = none. */
    public static final String ONLINE_MINUTE_TIERS = "online.minutes.tiers";
    /** DOMAIN T6 [P]: hours for a passed online test; empty = none. */
    public static final String ONLINE_TEST_HOURS = "online.test.hours";
    /** DOMAIN T2 [V], V-T5: months after an appointment to make up unmet training (12). */
    public static final String MAKE_UP_MONTHS = "promotion.makeUp.months";
    /** DOMAIN V-T5 [I]: days before the make-up deadline from which a reminder is due (30). */
    public static final String REMINDER_LEAD_DAYS = "promotion.reminder.days";
    /** Header names (comma-separated aliases) of the columns of an online platform's export. */
    /** [I]: shares of the year's requirement expected from days of the year ({@code 07-01:0.5,10-01:0.75}). */
    public static final String PACE_YEAR_CHECKPOINTS = "pace.year.checkpoints";
    /** [I]: whether progress in the window is checked against the share of its years past. */
    public static final String PACE_WINDOW = "pace.window";

    public static final String IMPORT_COLUMNS_PREFIX = "import.columns.";

    /** Yunnan's province code: its online academy is the source of DOMAIN T5 and T6. */
    public static final String YUNNAN = "53";

    /**
     * The 2023 training regulations (peixun tiaoli 2023), as published in October 2023 (DOMAIN T1's
     * source is dated 17 October 2023); the day is to be confirmed with the customer.
     */
    public static final LocalDate REGULATIONS_2023 = LocalDate.of(2023, 10, 16);

    private static final Map<String, String> NATIONAL =
            RulePack.values(TrainingRules.class, "/training/rules-national.properties");
    private static final Map<String, String> YUNNAN_VALUES =
            RulePack.values(TrainingRules.class, "/training/rules-53.properties");

    @Override
    public List<RulePack> rulePacks() {
        return List.of(
                new RulePack(PACK_ID, RulePack.NATIONAL, REGULATIONS_2023, NATIONAL),
                new RulePack(PACK_ID, YUNNAN, REGULATIONS_2023, YUNNAN_VALUES));
    }

    /**
     * The values a county would have in force, checked before its administrator saves an override:
     * each unreadable value, named by its key ({@code training.rules.badValue}).
     */
    @Override
    public List<RuleProblem> problems(String packId, Map<String, String> effective) {
        if (!PACK_ID.equals(packId)) {
            return List.of();
        }
        return CreditRules.problems(effective).stream()
                .map(p -> RuleProblem.of(p.field(), p.key(), p.args()))
                .toList();
    }

    /**
     * The national values: what a key not given in a county's effective rules falls back to (also
     * for dates before the first pack is in force).
     */
    public static Map<String, String> defaults() {
        return NATIONAL;
    }
}
