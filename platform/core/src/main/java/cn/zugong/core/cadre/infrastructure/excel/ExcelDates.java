package cn.zugong.core.cadre.infrastructure.excel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in a sheet: {@code yyyyMM}, {@code yyyyMMdd}, or with separators
 * ({@code 1985.3}, {@code 1985-03-12}, {@code 1985/3/12}); date cells arrive as {@code yyyyMMdd}.
 */
final class ExcelDates {

    private static final Pattern DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[./-](\\d{1,2})(?:[./-](\\d{1,2}))?");

    /** A birth date; a month without a day gives the first of the month, day unknown. */
    record Birth(LocalDate date, boolean dayKnown) {}

    private ExcelDates() {}

    static Optional<Birth> birth(String text) {
        Matcher m = match(text);
        if (m == null) {
            return Optional.empty();
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return Optional.of(
                    m.group(3) == null
                            ? new Birth(month.atDay(1), false)
                            : new Birth(month.atDay(Integer.parseInt(m.group(3))), true));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A form date ({@code yyyyMM} or {@code yyyyMMdd}) from a typed date with separators; any other
     * text unchanged, for the validator to judge.
     */
    static String formDate(String text) {
        Matcher m = text == null ? null : SEPARATED.matcher(text);
        if (m == null || !m.matches()) {
            return text;
        }
        return m.group(1) + pad(m.group(2)) + (m.group(3) == null ? "" : pad(m.group(3)));
    }

    private static Matcher match(String text) {
        String normalized = formDate(text);
        Matcher m = normalized == null ? null : DIGITS.matcher(normalized);
        return m != null && m.matches() ? m : null;
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }
}
