package cn.zugong.plugin.supervision.measure;

import cn.zugong.plugin.supervision.Limits;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Until when a measure bars promotion: {@code measure.<KIND>.months} after the day it was taken
 * ([P]: 诫勉 six months); no bar for a kind with 0 months.
 */
public final class MeasureBar {

    private MeasureBar() {}

    /** The last day of the bar, when the measure has one. */
    public static Optional<LocalDate> until(MeasureKind kind, LocalDate taken, Limits limits) {
        int months = limits.barMonths(kind);
        return months == 0
                ? Optional.empty()
                : Optional.of(taken.plusMonths(months).minusDays(1));
    }

    public static boolean bars(MeasureKind kind, LocalDate taken, LocalDate on, Limits limits) {
        return until(kind, taken, limits).filter(last -> !on.isAfter(last)).isPresent();
    }
}
