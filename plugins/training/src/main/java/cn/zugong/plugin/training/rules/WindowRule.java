package cn.zugong.plugin.training.rules;

import cn.zugong.plugin.training.Period;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * How the multi-year window of DOMAIN T1 is laid out: fixed windows of {@code years} calendar years
 * from an anchor year ({@code 2023} gives 2023–2027, 2028–2032 …), or, without an anchor, the
 * {@code years} calendar years ending with the current one (a rolling window, DOMAIN §1.3).
 *
 * @param years the window's length in calendar years (T1: 5)
 * @param startYear a year a fixed window starts in; empty for a rolling window
 */
public record WindowRule(int years, OptionalInt startYear) {

    public WindowRule {
        if (years < 1) {
            throw new IllegalArgumentException("a window has at least one year: " + years);
        }
    }

    /** The window that {@code day} falls in. */
    public Period around(LocalDate day) {
        int year = day.getYear();
        if (startYear.isEmpty()) {
            return Period.years(year - years + 1, year);
        }
        int first = startYear.getAsInt() + Math.floorDiv(year - startYear.getAsInt(), years) * years;
        return Period.years(first, first + years - 1);
    }
}
