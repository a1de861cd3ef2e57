package cn.zugong.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The national holidays and make-up working days the State Council announces each year, from
 * {@code national-holidays.properties} (which names its sources). Years not in the file have no
 * national set: a county enters them itself.
 */
public final class NationalHolidays {

    private static final List<CalendarDay> DAYS = load();

    private NationalHolidays() {}

    /** The years the file has an arrangement for, in order. */
    public static SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        DAYS.forEach(d -> years.add(d.getDate().getYear()));
        return years;
    }

    /** New, unsaved entries for each announced day of the year, in date order; empty for a year not in the file. */
    public static List<CalendarDay> forYear(int year) {
        return DAYS.stream()
                .filter(d -> d.getDate().getYear() == year)
                .map(d -> new CalendarDay(d.getDate(), d.getKind(), d.getName()))
                .toList();
    }

    private static List<CalendarDay> load() {
        Properties lines = new Properties();
        try (InputStream in = NationalHolidays.class.getResourceAsStream("national-holidays.properties")) {
            if (in == null) {
                throw new IllegalStateException("national-holidays.properties is missing");
            }
            lines.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CalendarDay> days = new ArrayList<>();
        lines.forEach((key, value) -> days.addAll(parse((String) key, (String) value)));
        days.sort(Comparator.comparing(CalendarDay::getDate));
        return List.copyOf(days);
    }

    /** {@code 2026-10-01..2026-10-07} and {@code HOLIDAY name}: one entry per day of the run. */
    static List<CalendarDay> parse(String key, String value) {
        String[] range = key.split("\\.\\.", 2);
        LocalDate first = LocalDate.parse(range[0].strip());
        LocalDate last = range.length == 2 ? LocalDate.parse(range[1].strip()) : first;
        String[] kindAndName = value.strip().split("\\s+", 2);
        if (kindAndName.length != 2 || last.isBefore(first)) {
            throw new IllegalStateException("Bad line in national-holidays.properties: " + key + "=" + value);
        }
        DayKind kind = DayKind.valueOf(kindAndName[0]);
        return first.datesUntil(last.plusDays(1))
                .map(day -> new CalendarDay(day, kind, kindAndName[1]))
                .toList();
    }
}
