package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * INSPECTION_NOTICE: the inspection notice 1 to 3 working days before the inspection ([P],
 * Zhejiang, DOMAIN.md 4.3), counted on the county's working days; outside the window a warning.
 */
class InspectionNoticeTest {

    /** National Day 2026: October 1 to 7 off; Saturday October 10 worked. */
    private static final WorkingDays DAYS = new WorkingDays(
            LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList(),
            List.of(LocalDate.of(2026, 10, 10)));

    private static EligibilityFinding notice(String on, String inspection) {
        return InspectionNotice.check(
                Packs.nationalPack().parameters(), DAYS, LocalDate.parse(on), LocalDate.parse(inspection));
    }

    @Test
    void oneWorkingDayBeforeIsInTimeAndFourAreTooEarly() {
        // Monday 2026-09-14 to Friday 2026-09-18.
        EligibilityFinding one = notice("2026-09-14", "2026-09-15");
        EligibilityFinding three = notice("2026-09-14", "2026-09-17");
        EligibilityFinding four = notice("2026-09-14", "2026-09-18");

        assertThat(one.outcome()).isEqualTo(Outcome.PASS);
        assertThat(one.args()).containsExactly(1, 1, 3);
        assertThat(three.outcome()).isEqualTo(Outcome.PASS);
        assertThat(four.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(four.messageKey()).isEqualTo("eligibility.inspection-notice.too-early");
        assertThat(four.args()).containsExactly(4, 1, 3);
        assertThat(four.force()).isEqualTo(RuleForce.WARNING);
    }

    @Test
    void aNoticeOnTheWeekendBeforeAMondayInspectionIsTooLate() {
        EligibilityFinding saturday = notice("2026-09-19", "2026-09-21");

        assertThat(saturday.messageKey()).isEqualTo("eligibility.inspection-notice.too-late");
        assertThat(saturday.args()).containsExactly(0, 1, 3);
    }

    @Test
    void theHolidaysDoNotCountAndTheWorkedSaturdayDoes() {
        // Notice on Wednesday 2026-09-30; October 1-7 off, Thursday 8th and Friday 9th working days,
        // Saturday 10th worked: 2 working days before Friday the 9th, 4 before Monday the 12th.
        assertThat(notice("2026-09-30", "2026-10-09").args()).containsExactly(2, 1, 3);
        assertThat(notice("2026-09-30", "2026-10-12").outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void theWindowIsThePacksAndAMissingDateIsToBeConfirmed() {
        RulePack wider = Packs.withLines("inspection-notice.max-working-days=5");
        assertThat(InspectionNotice.check(
                                wider.parameters(), DAYS, LocalDate.parse("2026-09-14"), LocalDate.parse("2026-09-18"))
                        .outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(InspectionNotice.check(wider.parameters(), DAYS, LocalDate.parse("2026-09-14"), null)
                        .messageKey())
                .isEqualTo("eligibility.inspection-notice.unknown");
    }
}
