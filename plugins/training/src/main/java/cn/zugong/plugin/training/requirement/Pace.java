package cn.zugong.plugin.training.requirement;

import cn.zugong.plugin.training.Period;
import cn.zugong.plugin.training.rules.PaceRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who is falling behind during a period ({@link PaceRule}, [I]): a cadre whose requirement of the
 * period is not met yet and who has less than the share expected by now, in training (hours, or
 * days where days are the alternative) or in online study.
 */
public final class Pace {

    private Pace() {}

    /**
     * One period in which the cadre is behind.
     *
     * @param period the year or the window
     * @param share the share of the requirement expected by now
     * @param expectedHours the hours expected by now (training; 0 when only online study is behind)
     * @param achievedHours the hours credited so far
     * @param expectedOnline the online hours expected by now
     * @param onlineHours the online hours credited so far
     */
    public record Behind(
            Period period,
            BigDecimal share,
            BigDecimal expectedHours,
            BigDecimal achievedHours,
            BigDecimal expectedOnline,
            BigDecimal onlineHours) {

        /** The share expected by now in whole per cent, rounded half up, as notices and pages show it. */
        public int percent() {
            return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
        }

        /** Whether this is the calendar year (else the multi-year window). */
        public boolean isYear() {
            return period.from().getYear() == period.to().getYear();
        }
    }

    /**
     * A cadre behind in one period.
     *
     * @param assessment where the cadre stands
     * @param behind the period behind and by how much
     */
    public record Lagging(Assessment.Applicable assessment, Behind behind) {}

    /** Every cadre of the county behind on {@code on}, once per period behind, the year first. */
    public static List<Lagging> lagging(TenantStandings standings, LocalDate on, PaceRule rule) {
        List<Lagging> lagging = new ArrayList<>();
        for (Assessment assessment : standings.assessments()) {
            if (assessment instanceof Assessment.Applicable applicable) {
                behind(applicable, on, rule).forEach(b -> lagging.add(new Lagging(applicable, b)));
            }
        }
        lagging.sort(Comparator.comparing((Lagging l) -> !l.behind().isYear()));
        return lagging;
    }

    /** The periods in which the cadre is behind on {@code on}, the year first. */
    public static List<Behind> behind(Assessment.Applicable assessment, LocalDate on, PaceRule rule) {
        List<Behind> behind = new ArrayList<>();
        rule.yearShare(MonthDay.from(on))
                .flatMap(share -> check(assessment.year(), share))
                .ifPresent(behind::add);
        if (rule.window()) {
            windowShare(assessment.window().period(), on)
                    .flatMap(share -> check(assessment.window(), share))
                    .ifPresent(behind::add);
        }
        return behind;
    }

    /** The share of the window's years past before {@code on}'s year; empty in its first year. */
    static Optional<BigDecimal> windowShare(Period window, LocalDate on) {
        int years = window.to().getYear() - window.from().getYear() + 1;
        int past = on.getYear() - window.from().getYear();
        if (past <= 0 || years <= 1) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(past).divide(BigDecimal.valueOf(years), 4, RoundingMode.HALF_UP));
    }

    private static Optional<Behind> check(PeriodStanding standing, BigDecimal share) {
        if (standing.met()) {
            return Optional.empty();
        }
        BigDecimal expectedHours = expected(standing.requiredHours(), share);
        boolean trainingBehind = standing.hasRequirement()
                && !standing.trainingMet()
                && standing.achievedHours().compareTo(expectedHours) < 0
                && (standing.requiredDays() == 0
                        || standing.achievedDays()
                                < expected(BigDecimal.valueOf(standing.requiredDays()), share)
                                        .doubleValue());
        BigDecimal expectedOnline = expected(standing.requiredOnlineHours(), share);
        boolean onlineBehind = standing.requiredOnlineHours().signum() > 0
                && standing.onlineHours().compareTo(expectedOnline) < 0;
        if (!trainingBehind && !onlineBehind) {
            return Optional.empty();
        }
        return Optional.of(new Behind(
                standing.period(),
                share,
                trainingBehind ? expectedHours : BigDecimal.ZERO,
                standing.achievedHours(),
                onlineBehind ? expectedOnline : BigDecimal.ZERO,
                standing.onlineHours()));
    }

    private static BigDecimal expected(BigDecimal required, BigDecimal share) {
        return required.multiply(share).setScale(1, RoundingMode.HALF_UP);
    }
}
