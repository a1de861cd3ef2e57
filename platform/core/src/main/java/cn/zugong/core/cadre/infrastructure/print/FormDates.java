package cn.zugong.core.cadre.infrastructure.print;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form's dates as printed. The form carries {@code YYYYMM} or {@code YYYYMMDD}; it prints
 * {@code YYYY.MM}. Ages are computed at the form's reference date (JiSuanNianLingShiJian), never
 * at today's date, so that a form prints the same ages whenever it is printed.
 */
final class FormDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[.\\-/]?(\\d{2})(?:[.\\-/]?(\\d{2}))?");

    private FormDates() {}

    /** {@code YYYY.MM} for a form date; any other text (e.g. a non-member's party entry) unchanged. */
    static String display(String value) {
        if (value == null) {
            return "";
        }
        Matcher date = DATE.matcher(value.strip());
        return date.matches() ? date.group(1) + "." + date.group(2) : value.strip();
    }

    /** Completed years between birth and reference; empty when either is not a form date. */
    static OptionalInt age(String birth, String reference) {
        int[] born = parse(birth);
        int[] at = parse(reference);
        if (born == null || at == null) {
            return OptionalInt.empty();
        }
        int years = at[0] - born[0];
        boolean birthdayNotYet = at[1] < born[1] || (at[1] == born[1] && born[2] > 0 && at[2] > 0 && at[2] < born[2]);
        if (birthdayNotYet) {
            years--;
        }
        return years < 0 ? OptionalInt.empty() : OptionalInt.of(years);
    }

    /** Year, month and day (0 when the date has none), or null. */
    private static int[] parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher date = DATE.matcher(value.strip());
        if (!date.matches()) {
            return null;
        }
        int month = Integer.parseInt(date.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        int day = date.group(3) == null ? 0 : Integer.parseInt(date.group(3));
        return new int[] {Integer.parseInt(date.group(1)), month, day};
    }
}
