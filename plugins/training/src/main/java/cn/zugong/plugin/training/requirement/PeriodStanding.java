package cn.zugong.plugin.training.requirement;

import cn.zugong.plugin.training.Period;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cadre's training in one period against what the rules require in it. A requirement of hours may
 * have an alternative in days (T1: 3 months, T3: 12 days): it is met by either. Online study (T5)
 * is required apart from it.
 *
 * @param period the year or the window
 * @param requiredHours hours required; 0 when this period has no such requirement
 * @param requiredDays the alternative in training days; 0 when there is none
 * @param achievedHours hours credited in the period in the counted modes
 * @param achievedDays training days credited in the period in the counted modes
 * @param requiredOnlineHours online hours required; 0 when none
 * @param onlineHours online hours credited in the period
 */
public record PeriodStanding(
        Period period,
        BigDecimal requiredHours,
        int requiredDays,
        BigDecimal achievedHours,
        int achievedDays,
        BigDecimal requiredOnlineHours,
        BigDecimal onlineHours) {

    public PeriodStanding {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(requiredHours, "requiredHours");
        Objects.requireNonNull(achievedHours, "achievedHours");
        Objects.requireNonNull(requiredOnlineHours, "requiredOnlineHours");
        Objects.requireNonNull(onlineHours, "onlineHours");
    }

    /** Whether the rules require any training (besides online study) in this period. */
    public boolean hasRequirement() {
        return requiredHours.signum() > 0 || requiredDays > 0;
    }

    /** Whether the rules require anything in this period, training or online study. */
    public boolean applies() {
        return hasRequirement() || requiredOnlineHours.signum() > 0;
    }

    /** The training requirement is met: by hours, or by days where the rules allow days. */
    public boolean trainingMet() {
        if (!hasRequirement()) {
            return true;
        }
        boolean byHours = requiredHours.signum() > 0 && achievedHours.compareTo(requiredHours) >= 0;
        boolean byDays = requiredDays > 0 && achievedDays >= requiredDays;
        return byHours || byDays;
    }

    public boolean onlineMet() {
        return onlineHours.compareTo(requiredOnlineHours) >= 0;
    }

    /** Both the training and the online requirement are met. */
    public boolean met() {
        return trainingMet() && onlineMet();
    }

    /** Hours still lacking; 0 when met (also when met by days). */
    public BigDecimal hoursGap() {
        return trainingMet()
                ? BigDecimal.ZERO
                : requiredHours.subtract(achievedHours).max(BigDecimal.ZERO);
    }

    /** Days still lacking where days are an alternative; 0 when met or when there is none. */
    public int daysGap() {
        return trainingMet() || requiredDays == 0 ? 0 : Math.max(0, requiredDays - achievedDays);
    }

    /** Online hours still lacking. */
    public BigDecimal onlineGap() {
        return requiredOnlineHours.subtract(onlineHours).max(BigDecimal.ZERO);
    }
}
