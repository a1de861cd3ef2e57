package cn.zugong.plugin.supervision.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.plugin.supervision.Limits;
import cn.zugong.plugin.supervision.SupervisionRules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN §4.5 [I]: 10 working days to propose the handling, 60 to close, one extension of at most
 * 30, on the county's calendar (the 12310 system's limits as defaults).
 */
class ReportDeadlinesTest {

    /** National Day 2025: 1-8 October off, Sunday 28 September and Saturday 11 October worked. */
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2025, 10, 1),
            LocalDate.of(2025, 10, 2),
            LocalDate.of(2025, 10, 3),
            LocalDate.of(2025, 10, 6),
            LocalDate.of(2025, 10, 7),
            LocalDate.of(2025, 10, 8));

    private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
    private static final WorkingCalendar CALENDAR = day -> MAKE_UP.contains(day)
            || (day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !HOLIDAYS.contains(day));
    private static final Limits NATIONAL = Limits.parse(Map.of());

    @Test
    void theHandlingIsProposedWithinTenWorkingDaysCountingTheMakeUpDaysAndSkippingTheHolidays() {
        // Received Thursday 25 September: 26, 28 (make-up Sunday), 29, 30 Sep, 9, 10, 11 (make-up
        // Saturday), 13, 14, 15 October.
        ReportDeadlines deadlines =
                ReportDeadlines.of(CALENDAR, NATIONAL, LocalDate.of(2025, 9, 25), Optional.empty(), 0);
        assertThat(deadlines.proposeBy()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(deadlines.closeBy()).isEmpty();
    }

    @Test
    void aReportIsOverdueTheDayAfterItsLimitAndNotOnIt() {
        ReportDeadlines deadlines =
                ReportDeadlines.of(CALENDAR, NATIONAL, LocalDate.of(2025, 9, 25), Optional.empty(), 0);
        assertThat(deadlines.overdue(ReportStatus.REGISTERED, LocalDate.of(2025, 10, 15)))
                .isFalse();
        assertThat(deadlines.overdue(ReportStatus.REGISTERED, LocalDate.of(2025, 10, 16)))
                .isTrue();
        assertThat(deadlines.overdue(ReportStatus.CLOSED, LocalDate.of(2025, 12, 31)))
                .isFalse();
    }

    @Test
    void closureIsDueSixtyWorkingDaysAfterTheAssignmentPlusTheExtension() {
        LocalDate assigned = LocalDate.of(2025, 3, 3); // a Monday, no holiday until May
        ReportDeadlines plain = ReportDeadlines.of(CALENDAR, NATIONAL, assigned, Optional.of(assigned), 0);
        // 60 working days = 12 weeks: Monday 26 May.
        assertThat(plain.closeBy()).contains(LocalDate.of(2025, 5, 26));
        ReportDeadlines extended = ReportDeadlines.of(CALENDAR, NATIONAL, assigned, Optional.of(assigned), 30);
        assertThat(extended.closeBy()).contains(LocalDate.of(2025, 7, 7));
        assertThat(plain.overdue(ReportStatus.INVESTIGATING, LocalDate.of(2025, 5, 27)))
                .isTrue();
        assertThat(extended.overdue(ReportStatus.INVESTIGATING, LocalDate.of(2025, 5, 27)))
                .isFalse();
    }

    @Test
    void aCountyCanShortenTheLimits() {
        Limits county = Limits.parse(Map.of("report.propose.days", "5"));
        ReportDeadlines deadlines = ReportDeadlines.of(CALENDAR, county, LocalDate.of(2025, 3, 3), Optional.empty(), 0);
        assertThat(deadlines.proposeBy()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(SupervisionRules.defaults()).containsEntry("report.propose.days", "10");
    }

    @Test
    void aReportReceivedOnAHolidayCountsFromTheNextWorkingDay() {
        // DOMAIN §4.5 [I]: working days. Received on National Day (Wednesday 1 October): 9, 10, 11
        // (make-up Saturday), 13-17, 20, 21 October.
        ReportDeadlines deadlines =
                ReportDeadlines.of(CALENDAR, NATIONAL, LocalDate.of(2025, 10, 1), Optional.empty(), 0);
        assertThat(deadlines.proposeBy()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 10, 1), deadlines.proposeBy()))
                .isEqualTo(10);
    }

    @Test
    void theClosureLimitMayFallOnAMakeUpSundayAndIsMissedTheDayAfter() {
        // Assigned Monday 7 July 2025: the 60th working day is the make-up Sunday 28 September.
        LocalDate assigned = LocalDate.of(2025, 7, 7);
        ReportDeadlines deadlines = ReportDeadlines.of(CALENDAR, NATIONAL, assigned, Optional.of(assigned), 0);
        assertThat(deadlines.closeBy()).contains(LocalDate.of(2025, 9, 28));
        assertThat(deadlines.overdue(ReportStatus.INVESTIGATING, LocalDate.of(2025, 9, 28)))
                .isFalse();
        assertThat(deadlines.overdue(ReportStatus.EXTENSION_REQUESTED, LocalDate.of(2025, 9, 29)))
                .isTrue();
        assertThat(deadlines.overdue(ReportStatus.CONCLUDED, LocalDate.of(2025, 10, 1)))
                .isTrue();
        // Once assigned, the proposal's limit no longer counts: only the closure's.
        assertThat(deadlines.overdue(
                        ReportStatus.ASSIGNED, deadlines.proposeBy().plusDays(1)))
                .isFalse();
    }

    @Test
    void theLongestExtensionCrossesTheHolidaysOnTheCalendar() {
        // Assigned Monday 7 July 2025 with 30 working days more: 90 working days in all; the
        // National Day holidays do not count, the make-up Sunday and Saturday do.
        LocalDate assigned = LocalDate.of(2025, 7, 7);
        ReportDeadlines extended = ReportDeadlines.of(CALENDAR, NATIONAL, assigned, Optional.of(assigned), 30);
        assertThat(CALENDAR.workingDaysBetween(assigned, extended.closeBy().orElseThrow()))
                .isEqualTo(90);
        assertThat(extended.closeBy()).contains(LocalDate.of(2025, 11, 14));
    }
}
