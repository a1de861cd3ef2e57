package cn.zugong.plugin.training.requirement;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.Period;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out a cadre's requirement, achievement and gap on a date, for the calendar year of the date
 * and for the window it falls in:
 *
 * <ul>
 *   <li>xianchu level and above (DOMAIN T1 [V], V-T1): in the window, 550 hours or 3 months (as days) of
 *       tuochan and jizhong training; no yearly amount.
 *   <li>xiangke level (DOMAIN T3 [V], V-T2): in the year, 90 hours or 12 days; no window amount.
 *   <li>Everyone (DOMAIN T5 [P], V-T4): in the year, 50 hours of online study.
 * </ul>
 *
 * Only credited records count; which modes count for what is a rule value.
 */
public final class RequirementCalculator {

    public static final String NO_POST_LEVEL = "training.notApplicable.noPostLevel";
    public static final String UNKNOWN_POST_LEVEL = "training.notApplicable.unknownPostLevel";
    public static final String NOT_IN_OFFICE = "training.notApplicable.notInOffice";

    private RequirementCalculator() {}

    /**
     * @param cadre the cadre
     * @param records credited records (other cadres' records are ignored)
     * @param rules the rules in force on {@code on}
     * @param on the reference date, usually today
     */
    public static Assessment assess(
            CadreRef cadre, Collection<CreditedRecord> records, CreditRules rules, LocalDate on) {
        if (!cadre.active()) {
            return new Assessment.NotApplicable(cadre, NOT_IN_OFFICE, List.of());
        }
        Optional<String> level = cadre.postLevel().filter(code -> !code.isBlank());
        if (level.isEmpty()) {
            return new Assessment.NotApplicable(cadre, NO_POST_LEVEL, List.of());
        }
        Optional<Tier> tier = Tier.of(level.get());
        if (tier.isEmpty()) {
            return new Assessment.NotApplicable(cadre, UNKNOWN_POST_LEVEL, List.of(level.get()));
        }
        List<CreditedRecord> own =
                records.stream().filter(r -> r.cadreId().equals(cadre.id())).toList();
        Period year = Period.years(on.getYear(), on.getYear());
        Period window = rules.window().around(on);
        boolean county = tier.get() == Tier.COUNTY_AND_ABOVE;
        PeriodStanding yearStanding = standing(
                own,
                rules,
                year,
                county ? BigDecimal.ZERO : rules.townshipHoursPerYear(),
                county ? 0 : rules.townshipDaysPerYear(),
                rules.onlineHoursPerYear());
        PeriodStanding windowStanding = standing(
                own,
                rules,
                window,
                county ? rules.countyHoursPerWindow() : BigDecimal.ZERO,
                county ? rules.countyDaysPerWindow() : 0,
                BigDecimal.ZERO);
        return new Assessment.Applicable(cadre, tier.get(), yearStanding, windowStanding);
    }

    private static PeriodStanding standing(
            List<CreditedRecord> records,
            CreditRules rules,
            Period period,
            BigDecimal requiredHours,
            int requiredDays,
            BigDecimal requiredOnline) {
        List<CreditedRecord> inPeriod =
                records.stream().filter(r -> period.contains(r.completedOn())).toList();
        List<CreditedRecord> counted = inModes(inPeriod, rules.countedModes());
        return new PeriodStanding(
                period,
                requiredHours,
                requiredDays,
                hours(counted),
                counted.stream().mapToInt(CreditedRecord::days).sum(),
                requiredOnline,
                hours(inModes(inPeriod, rules.onlineModes())));
    }

    private static List<CreditedRecord> inModes(List<CreditedRecord> records, Set<CourseMode> modes) {
        return records.stream().filter(r -> modes.contains(r.mode())).toList();
    }

    private static BigDecimal hours(List<CreditedRecord> records) {
        return records.stream().map(CreditedRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
