package cn.zugong.core.selection.eligibility;

import cn.zugong.core.cadre.domain.PostHolding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of a career at a reference date. Holdings run from their start to their end (the day
 * the next post usually starts, so not included) or to the reference date; overlapping holdings
 * (a side post beside the main one) count once.
 */
final class CareerSpans {

    /** A form month or day: {@code YYYYMM} or {@code YYYYMMDD}. */
    private static final Pattern FORM_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})?$");

    private CareerSpans() {}

    /** The day a form date names; a month alone means its first day. Empty when blank or not a date. */
    static Optional<LocalDate> formDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher date = FORM_DATE.matcher(text.strip());
        if (!date.matches()) {
            return Optional.empty();
        }
        try {
            int day = date.group(3) == null ? 1 : Integer.parseInt(date.group(3));
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)), day));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** Whole years from a day to the reference date; 0 when the day lies after it. */
    static int wholeYears(LocalDate from, LocalDate at) {
        return from.isAfter(at) ? 0 : Period.between(from, at).getYears();
    }

    /** The days covered by the holdings up to the reference date, overlaps counted once. */
    static long days(Collection<PostHolding> holdings, LocalDate at) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (PostHolding h : holdings) {
            LocalDate start = h.getStartDate();
            LocalDate end = h.getEndDate() == null || h.getEndDate().isAfter(at) ? at : h.getEndDate();
            if (start != null && start.isBefore(end)) {
                spans.add(new LocalDate[] {start, end});
            }
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        long days = 0;
        LocalDate covered = LocalDate.MIN;
        for (LocalDate[] span : spans) {
            LocalDate from = span[0].isBefore(covered) ? covered : span[0];
            if (from.isBefore(span[1])) {
                days += ChronoUnit.DAYS.between(from, span[1]);
                covered = span[1];
            }
        }
        return days;
    }

    /**
     * Whether so many days make the years: at least as many days as the years just before the
     * reference date have. One unbroken span up to the reference date is thus measured exactly as
     * the calendar measures it; separate spans are added up day by day.
     */
    static boolean atLeastYears(long days, int years, LocalDate at) {
        return days >= ChronoUnit.DAYS.between(at.minusYears(years), at);
    }

    /** The whole years so many days make, in the sense of {@link #atLeastYears}. */
    static int wholeYears(long days, LocalDate at) {
        int years = 0;
        while (atLeastYears(days, years + 1, at)) {
            years++;
        }
        return years;
    }
}
