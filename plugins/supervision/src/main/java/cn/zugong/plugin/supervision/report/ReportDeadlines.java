package cn.zugong.plugin.supervision.report;

import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.plugin.supervision.Limits;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The time limits of one report, on its county's working-day calendar (DOMAIN §4.5 [I]: the 12310
 * system's limits as configurable defaults): the handling is proposed within {@link
 * Limits#proposeDays()} working days of receipt; the report is closed within {@link
 * Limits#closeDays()} working days of its assignment, plus the working days of its extension.
 *
 * @param proposeBy the last day to propose the handling
 * @param closeBy the last day to close; empty until the report is assigned
 */
public record ReportDeadlines(LocalDate proposeBy, Optional<LocalDate> closeBy) {

    public static ReportDeadlines of(
            WorkingCalendar calendar, Limits limits, LocalDate received, Optional<LocalDate> assigned, int extended) {
        return new ReportDeadlines(
                calendar.plusWorkingDays(received, limits.proposeDays()),
                assigned.map(day -> calendar.plusWorkingDays(day, limits.closeDays() + extended)));
    }

    /**
     * Whether a report in {@code status} is past its limit on {@code today}: before its assignment
     * the proposal's, from then on the closure's. A report no longer open is never overdue.
     */
    public boolean overdue(ReportStatus status, LocalDate today) {
        if (!status.open()) {
            return false;
        }
        return closeBy.map(today::isAfter).orElseGet(() -> today.isAfter(proposeBy));
    }
}
