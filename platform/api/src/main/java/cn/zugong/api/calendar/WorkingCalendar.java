package cn.zugong.api.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The working days of one county, as its organization department keeps them on the platform's
 * calendar page: Monday to Friday unless a public holiday, a Saturday or Sunday only when it is a
 * make-up working day. Deadlines counted in working days (a publicity of five working days, ten
 * working days to propose how a report is handled) are counted on it.
 *
 * {@snippet class=cn.zugong.api.snippets.CalendarSnippets region=deadline :
 * WorkingCalendar calendar = context.workingCalendar(county);
 * LocalDate proposeBy = calendar.plusWorkingDays(received, 10);
 * boolean overdue = today.isAfter(proposeBy);
 * }
 *
 * @since 1.3.0
 */
public interface WorkingCalendar {

    /** Whether {@code day} is a working day of the county. */
    boolean isWorkingDay(LocalDate day);

    /**
     * The day {@code days} working days after {@code from} (which itself does not count): the last
     * day of a time limit that starts on {@code from}. With {@code days} 0, {@code from} itself.
     *
     * @throws IllegalArgumentException when {@code days} is negative
     */
    default LocalDate plusWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not
     * after {@code from}.
     */
    default int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
