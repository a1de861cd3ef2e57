package cn.zugong.plugin.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days, both ends included: a calendar year or a multi-year training window.
 *
 * @param from the first day
 * @param to the last day
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    /** The calendar years from {@code firstYear} to {@code lastYear}, both included. */
    public static Period years(int firstYear, int lastYear) {
        return new Period(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
