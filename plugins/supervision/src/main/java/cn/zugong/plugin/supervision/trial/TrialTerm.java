package cn.zugong.plugin.supervision.trial;

import cn.zugong.plugin.supervision.Limits;
import java.time.LocalDate;
import java.time.Period;

/**
 * The dates of one trial (DOMAIN §4.2 [V]: one year from the trial appointment notice): its planned
 * end, extended by each absence of at least {@link Limits#absenceMonths()} ([P], Sichuan 2006:
 * absence of half a year or more extends the trial), and the day from which its end assessment is
 * due ({@link Limits#trialReminderDays()} before the end, [I]).
 *
 * @param start the day of the trial appointment notice
 * @param absenceDays days of absence that extend the trial (only absences long enough count)
 * @param end the last day of the trial
 * @param assessmentFrom the day from which the end assessment is due
 */
public record TrialTerm(LocalDate start, int absenceDays, LocalDate end, LocalDate assessmentFrom) {

    public static TrialTerm of(LocalDate start, int absenceDays, Limits limits) {
        LocalDate end = start.plusMonths(limits.trialMonths()).minusDays(1).plusDays(absenceDays);
        return new TrialTerm(start, absenceDays, end, end.minusDays(limits.trialReminderDays()));
    }

    /** Whether an absence from {@code from} to {@code to} (inclusive) is long enough to extend the trial. */
    public static boolean longEnough(LocalDate from, LocalDate to, Limits limits) {
        return !to.isBefore(from.plus(Period.ofMonths(limits.absenceMonths())).minusDays(1));
    }

    /** The same trial with an absence of {@code days} added. */
    public TrialTerm withAbsence(int days, Limits limits) {
        return of(start, absenceDays + days, limits);
    }

    public boolean assessmentDue(LocalDate today) {
        return !today.isBefore(assessmentFrom);
    }
}
