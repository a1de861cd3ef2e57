package cn.zugong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a calendar entry needs before it is saved. */
class CalendarDayRulesTest {

    @Test
    void aHolidayWithDateKindAndNameIsValid() {
        assertThat(CalendarDayRules.validate(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "x"), false))
                .isEmpty();
    }

    @Test
    void aHolidayMayFallOnAWeekendInsideABreak() {
        assertThat(CalendarDayRules.validate(new CalendarDay(LocalDate.of(2026, 10, 3), DayKind.HOLIDAY, "x"), false))
                .isEmpty();
    }

    @Test
    void aMakeUpWorkingDayMustBeASaturdayOrSunday() {
        assertThat(CalendarDayRules.validate(new CalendarDay(LocalDate.of(2026, 10, 9), DayKind.WORKDAY, "x"), false))
                .containsExactly(new Problem("kind", "calendar.error.workday.weekday"));
        assertThat(CalendarDayRules.validate(new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "x"), false))
                .isEmpty();
    }

    @Test
    void everyFieldIsRequired() {
        assertThat(CalendarDayRules.validate(new CalendarDay(null, null, "  "), false))
                .extracting(Problem::field)
                .containsExactly("date", "kind", "name");
    }

    @Test
    void aDateAlreadyEnteredIsRefused() {
        assertThat(CalendarDayRules.validate(new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "x"), true))
                .extracting(Problem::messageKey)
                .containsExactly("calendar.error.date.taken");
    }

    @Test
    void aNameOfAHundredCharactersIsTheLongestAllowed() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        assertThat(CalendarDayRules.validate(new CalendarDay(date, DayKind.HOLIDAY, "x".repeat(100)), false))
                .isEmpty();
        assertThat(CalendarDayRules.validate(new CalendarDay(date, DayKind.HOLIDAY, "x".repeat(101)), false))
                .extracting(Problem::messageKey)
                .containsExactly("calendar.error.name.long");
    }
}
