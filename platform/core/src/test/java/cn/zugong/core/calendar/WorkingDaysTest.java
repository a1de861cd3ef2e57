package cn.zugong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Counting working days over the 2026 national arrangement: holidays skipped, make-up days counted (V-S4). */
class WorkingDaysTest {

    private final WorkingDays calendar2026 = WorkingDays.of(NationalHolidays.forYear(2026));

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aPublicityOfFiveWorkingDaysStartingOnAnOrdinaryMondayEndsOnFriday() {
        assertThat(calendar2026.addWorkingDays(day("2026-03-02"), 5)).isEqualTo(day("2026-03-06"));
    }

    @Test
    void theStartDayCountsWhenItIsAWorkingDay() {
        assertThat(calendar2026.addWorkingDays(day("2026-03-04"), 1)).isEqualTo(day("2026-03-04"));
    }

    @Test
    void aPublicityStartingOnSaturdayBeginsCountingOnMonday() {
        assertThat(calendar2026.addWorkingDays(day("2026-03-07"), 5)).isEqualTo(day("2026-03-13"));
    }

    @Test
    void aPublicityStartingBeforeTheNationalDayRunsPastTheHolidayAndCountsTheMakeUpSaturday() {
        // 30 Sep (1), 1-7 Oct holiday, 8 Oct (2), 9 Oct (3), Saturday 10 Oct worked (4), Sunday 11 Oct off, 12 Oct (5)
        assertThat(calendar2026.addWorkingDays(day("2026-09-30"), 5)).isEqualTo(day("2026-10-12"));
    }

    @Test
    void aPublicityStartingOnAHolidayBeginsCountingAfterIt() {
        assertThat(calendar2026.addWorkingDays(day("2026-10-01"), 5)).isEqualTo(day("2026-10-13"));
    }

    @Test
    void theMakeUpSaturdayAfterTheSpringFestivalIsAWorkingDay() {
        assertThat(calendar2026.isWorkingDay(day("2026-02-28"))).isTrue();
        assertThat(calendar2026.addWorkingDays(day("2026-02-24"), 5)).isEqualTo(day("2026-02-28"));
    }

    @Test
    void weekdaysOfAHolidayAreNotWorkingDaysAndOrdinaryWeekendsAreNot() {
        assertThat(calendar2026.isWorkingDay(day("2026-10-05"))).isFalse();
        assertThat(calendar2026.isWorkingDay(day("2026-10-17"))).isFalse();
        assertThat(calendar2026.isWorkingDay(day("2026-10-18"))).isFalse();
        assertThat(calendar2026.isWorkingDay(day("2026-10-16"))).isTrue();
    }

    @Test
    void workingDaysBetweenCountsBothEnds() {
        // 28, 29, 30 Sep; 8, 9 Oct; Saturday 10 Oct
        assertThat(calendar2026.workingDaysBetween(day("2026-09-28"), day("2026-10-11")))
                .isEqualTo(6);
        assertThat(calendar2026.workingDaysBetween(day("2026-03-02"), day("2026-03-02")))
                .isEqualTo(1);
        assertThat(calendar2026.workingDaysBetween(day("2026-03-07"), day("2026-03-08")))
                .isZero();
    }

    @Test
    void theEndOfAPublicityIsExactlyItsLengthInWorkingDaysAfterTheStart() {
        LocalDate start = day("2026-09-30");
        assertThat(calendar2026.workingDaysBetween(start, calendar2026.addWorkingDays(start, 5)))
                .isEqualTo(5);
    }

    @Test
    void aPeriodEndingBeforeItStartsHasNoWorkingDays() {
        assertThat(calendar2026.workingDaysBetween(day("2026-03-06"), day("2026-03-02")))
                .isZero();
    }

    @Test
    void withoutEntriesOnlyTheWeekCounts() {
        WorkingDays plain = WorkingDays.weekdaysOnly();
        assertThat(plain.addWorkingDays(day("2026-09-30"), 5)).isEqualTo(day("2026-10-06"));
        assertThat(plain.covers(2026)).isFalse();
        assertThat(calendar2026.covers(2026)).isTrue();
        assertThat(calendar2026.covers(2027)).isFalse();
    }

    @Test
    void fewerThanOneWorkingDayIsRefused() {
        assertThatThrownBy(() -> calendar2026.addWorkingDays(day("2026-03-02"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayCannotBeBothHolidayAndMakeUpDay() {
        assertThatThrownBy(() -> new WorkingDays(Set.of(day("2026-10-10")), Set.of(day("2026-10-10"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
