package cn.zugong.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which days are working days (V-S4): Monday to Friday unless a holiday, Saturday and Sunday only
 * when they are make-up working days. Immutable; built from a tenant's calendar entries.
 *
 * <p>Days of a year the calendar holds nothing for count as ordinary weeks: {@link #covers} tells
 * a caller whether the holidays of a year have been entered at all.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;
    private final Set<Integer> years;

    public WorkingDays(Collection<LocalDate> holidays, Collection<LocalDate> makeUpDays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
        if (this.holidays.stream().anyMatch(this.makeUpDays::contains)) {
            throw new IllegalArgumentException("A day cannot be both a holiday and a make-up working day");
        }
        this.years = Stream.concat(this.holidays.stream(), this.makeUpDays.stream())
                .map(LocalDate::getYear)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The working days of a calendar's entries. */
    public static WorkingDays of(Collection<CalendarDay> days) {
        return new WorkingDays(dates(days, DayKind.HOLIDAY), dates(days, DayKind.WORKDAY));
    }

    /** Ordinary weeks, no holidays. */
    public static WorkingDays weekdaysOnly() {
        return new WorkingDays(Set.of(), Set.of());
    }

    private static Set<LocalDate> dates(Collection<CalendarDay> days, DayKind kind) {
        return days.stream()
                .filter(d -> d.getKind() == kind)
                .map(CalendarDay::getDate)
                .collect(Collectors.toSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend || makeUpDays.contains(date);
    }

    /**
     * The day on which the {@code n}-th working day ends, counting {@code start} itself when it is a
     * working day: a publicity of 5 working days that starts on a Monday without holidays ends on
     * the Friday.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("At least one working day: " + n);
        }
        LocalDate day = start;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The working days from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return (int) from.datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count();
    }

    /** Whether the calendar holds any entry in the year, that is whether its holidays were entered. */
    public boolean covers(int year) {
        return years.contains(year);
    }
}
