package cn.zugong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The State Council's arrangements for 2025 and 2026 as the resource file holds them. */
class NationalHolidaysTest {

    private static List<LocalDate> dates(int year, DayKind kind) {
        return NationalHolidays.forYear(year).stream()
                .filter(d -> d.getKind() == kind)
                .map(CalendarDay::getDate)
                .toList();
    }

    private static List<LocalDate> days(String... dates) {
        return java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
    }

    @Test
    void theFileHasTheArrangementsOf2025And2026() {
        assertThat(NationalHolidays.years()).contains(2025, 2026);
        assertThat(NationalHolidays.forYear(1999)).isEmpty();
    }

    @Test
    void the2026MakeUpWorkingDaysAreTheSixTheNoticeNames() {
        assertThat(dates(2026, DayKind.WORKDAY))
                .containsExactly(
                        days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
                                .toArray(LocalDate[]::new));
    }

    @Test
    void the2025MakeUpWorkingDaysAreTheFiveTheNoticeNames() {
        assertThat(dates(2025, DayKind.WORKDAY))
                .containsExactly(days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11")
                        .toArray(LocalDate[]::new));
    }

    @Test
    void the2026BreaksHaveTheirAnnouncedLengths() {
        List<LocalDate> holidays = dates(2026, DayKind.HOLIDAY);
        // New Year 3, Spring Festival 9, Qingming 3, Labour Day 5, Dragon Boat 3, Mid-Autumn 3, National Day 7
        assertThat(holidays).hasSize(33);
        assertThat(holidays).contains(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 10, 7));
        assertThat(holidays).doesNotContain(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 10, 8));
        assertThat(dates(2025, DayKind.HOLIDAY)).hasSize(28);
    }

    @Test
    void everyMakeUpWorkingDayIsAWeekendDayAndEveryEntryIsValid() {
        for (int year : NationalHolidays.years()) {
            for (CalendarDay day : NationalHolidays.forYear(year)) {
                assertThat(CalendarDayRules.validate(day, false))
                        .as(day.getDate().toString())
                        .isEmpty();
            }
            assertThat(dates(year, DayKind.WORKDAY))
                    .allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        }
    }

    @Test
    void eachCallGivesNewEntriesToSave() {
        assertThat(NationalHolidays.forYear(2026).getFirst().getId())
                .isNotEqualTo(NationalHolidays.forYear(2026).getFirst().getId());
    }

    @Test
    void aRunOfDaysBecomesOneEntryPerDay() {
        assertThat(NationalHolidays.parse("2026-10-01..2026-10-07", "HOLIDAY National Day"))
                .hasSize(7)
                .allMatch(d -> d.getName().equals("National Day") && d.getKind() == DayKind.HOLIDAY);
    }

    @Test
    void aLineWithoutANameIsRefused() {
        assertThatThrownBy(() -> NationalHolidays.parse("2026-10-01", "HOLIDAY"))
                .isInstanceOf(IllegalStateException.class);
    }
}
