package cn.zugong.plugin.training.followup;

import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * DOMAIN T2 [V], V-T5: a cadre promoted to a leadership post without having met the training
 * requirement "for special reasons" must complete it within one year of the promotion; the
 * department is reminded before the deadline.
 *
 * <p>The deadline is the same day {@code makeUpMonths} later, the last day allowed (a year from 15
 * March 2024 ends on 15 March 2025; from 29 February, on 28 February), as periods in months are
 * usually counted in Chinese law. The reminder is due from {@code reminderLeadDays} before it.
 *
 * @param appointedOn the day of the appointment
 * @param deadline the last day to complete the training
 * @param remindFrom the first day a reminder is due
 */
public record PromotionFollowUp(LocalDate appointedOn, LocalDate deadline, LocalDate remindFrom) {

    public PromotionFollowUp {
        Objects.requireNonNull(appointedOn, "appointedOn");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(remindFrom, "remindFrom");
    }

    public static PromotionFollowUp of(LocalDate appointedOn, CreditRules rules) {
        LocalDate deadline = appointedOn.plusMonths(rules.makeUpMonths());
        LocalDate remindFrom = deadline.minusDays(rules.reminderLeadDays());
        return new PromotionFollowUp(
                appointedOn, deadline, remindFrom.isBefore(appointedOn) ? appointedOn : remindFrom);
    }

    /**
     * @param today the day asked about
     * @param requirementMet whether the cadre has met the requirement of the new post by now
     */
    public FollowUpStatus status(LocalDate today, boolean requirementMet) {
        if (requirementMet) {
            return FollowUpStatus.COMPLETED;
        }
        if (today.isAfter(deadline)) {
            return FollowUpStatus.OVERDUE;
        }
        return today.isBefore(remindFrom) ? FollowUpStatus.PENDING : FollowUpStatus.REMINDER_DUE;
    }

    /** Whether a reminder is due today: not met, within the lead time, deadline not yet passed. */
    public boolean reminderDue(LocalDate today, boolean requirementMet) {
        return status(today, requirementMet) == FollowUpStatus.REMINDER_DUE;
    }

    /** Days from {@code today} to the deadline: 0 on the deadline itself, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
