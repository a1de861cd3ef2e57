package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import cn.zugong.core.calendar.WorkingDays;
import java.time.LocalDate;

/**
 * The timing of the inspection notice (kaocha yugao, DOMAIN.md 4.3): issued 1 to 3 working days
 * before the inspection starts ([P], a Zhejiang rule; the pack's {@value
 * EligibilityParameters#NOTICE_MIN_DAYS} and {@value EligibilityParameters#NOTICE_MAX_DAYS}). The
 * days counted are the county's working days from the notice day to the day before the inspection,
 * both included: a notice on a Monday for an inspection on the Tuesday is 1 working day before it.
 * Outside the window the finding is a warning for the officer to acknowledge (the rule is not
 * verified); a notice after the inspection has started is refused where the notice is recorded.
 */
public final class InspectionNotice {

    private InspectionNotice() {}

    public static EligibilityFinding check(
            EligibilityParameters rules, WorkingDays days, LocalDate noticeOn, LocalDate inspectionFrom) {
        EligibilityRule rule = EligibilityRule.INSPECTION_NOTICE;
        int min = rules.noticeMinWorkingDays();
        int max = rules.noticeMaxWorkingDays();
        if (noticeOn == null || inspectionFrom == null) {
            return of(rule, Outcome.WARNING, "unknown", min, max);
        }
        int before = days.workingDaysBetween(noticeOn, inspectionFrom.minusDays(1));
        if (before < min) {
            return of(rule, Outcome.WARNING, "too-late", before, min, max);
        }
        if (before > max) {
            return of(rule, Outcome.WARNING, "too-early", before, min, max);
        }
        return of(rule, Outcome.PASS, "pass", before, min, max);
    }
}
