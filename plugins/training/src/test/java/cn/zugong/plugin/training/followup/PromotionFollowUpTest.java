package cn.zugong.plugin.training.followup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionFollowUpTest {

    private static final LocalDate APPOINTED = LocalDate.of(2024, 3, 15);

    private final PromotionFollowUp followUp = PromotionFollowUp.of(APPOINTED, CreditRules.national());

    @Test
    void theDeadlineIsOneYearAfterTheAppointment() {
        // DOMAIN T2: complete the training within 1 year after promotion.
        assertThat(followUp.deadline()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void aYearFromTheTwentyNinthOfFebruaryEndsOnTheTwentyEighth() {
        assertThat(PromotionFollowUp.of(LocalDate.of(2024, 2, 29), CreditRules.national())
                        .deadline())
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theReminderIsDueFromThirtyDaysBeforeTheDeadline() {
        // DOMAIN V-T5: raise an alert before it expires; the lead time (30 days) is a rule value [I].
        assertThat(followUp.remindFrom()).isEqualTo(LocalDate.of(2025, 2, 13));
        assertThat(followUp.status(LocalDate.of(2025, 2, 12), false)).isEqualTo(FollowUpStatus.PENDING);
        assertThat(followUp.reminderDue(LocalDate.of(2025, 2, 13), false)).isTrue();
        assertThat(followUp.reminderDue(LocalDate.of(2025, 3, 15), false)).isTrue();
    }

    @Test
    void theDayAfterTheDeadlineIsOverdue() {
        // DOMAIN T2: within 1 year; the deadline itself is still in time.
        assertThat(followUp.status(LocalDate.of(2025, 3, 15), false)).isEqualTo(FollowUpStatus.REMINDER_DUE);
        assertThat(followUp.status(LocalDate.of(2025, 3, 16), false)).isEqualTo(FollowUpStatus.OVERDUE);
        assertThat(followUp.reminderDue(LocalDate.of(2025, 3, 16), false)).isFalse();
        assertThat(followUp.daysLeft(LocalDate.of(2025, 3, 16))).isEqualTo(-1);
    }

    @Test
    void aMetRequirementNeedsNoReminder() {
        assertThat(followUp.status(LocalDate.of(2025, 3, 1), true)).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(followUp.reminderDue(LocalDate.of(2025, 3, 1), true)).isFalse();
    }

    @Test
    void theMakeUpPeriodAndLeadTimeAreRuleValues() {
        CreditRules rules =
                CreditRules.parse(Map.of(TrainingRules.MAKE_UP_MONTHS, "6", TrainingRules.REMINDER_LEAD_DAYS, "7"));
        PromotionFollowUp shorter = PromotionFollowUp.of(APPOINTED, rules);
        assertThat(shorter.deadline()).isEqualTo(LocalDate.of(2024, 9, 15));
        assertThat(shorter.remindFrom()).isEqualTo(LocalDate.of(2024, 9, 8));
    }
}
