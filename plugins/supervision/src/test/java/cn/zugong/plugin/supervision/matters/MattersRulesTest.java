package cn.zugong.plugin.supervision.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** DOMAIN §4.4 [V] (五个一律) and the PersonalMattersReport state machine of §4.10. */
class MattersRulesTest {

    @Test
    void eachFindingGetsTheHandlingTheFiveRulesPrescribe() {
        assertThat(Finding.OMISSION.handling()).isEqualTo(Handling.REFILE);
        assertThat(Finding.UNTRUE.handling()).isEqualTo(Handling.AFFECTS_USE);
        assertThat(Finding.CONCEALMENT.handling()).isEqualTo(Handling.NO_PROMOTION_NO_RESERVE);
        assertThat(Finding.VIOLATION.handling()).isEqualTo(Handling.CORRECT);
        assertThat(Finding.SUSPECTED_OFFENCE.handling()).isEqualTo(Handling.TRANSFER_TO_DISCIPLINE);
    }

    @Test
    void onlyAnUntrueReportNeedsTheCadresExplanationBeforeTheDecision() {
        assertThat(EnumSet.allOf(Finding.class).stream().filter(Finding::needsExplanation))
                .containsExactly(Finding.UNTRUE);
    }

    @Test
    void aReportIsSubmittedThenDrawnOrNotThenVerifiedThenDecided() {
        assertThat(MattersStatus.DUE.next()).containsExactly(MattersStatus.SUBMITTED);
        assertThat(MattersStatus.SUBMITTED.next())
                .containsExactlyInAnyOrder(
                        MattersStatus.SELECTED_RANDOM, MattersStatus.SELECTED_FOCUSED, MattersStatus.NOT_SELECTED);
        assertThat(MattersStatus.NOT_SELECTED.next()).containsExactly(MattersStatus.SELECTED_FOCUSED);
        assertThat(MattersStatus.SELECTED_RANDOM.next()).containsExactly(MattersStatus.VERIFYING);
        assertThat(MattersStatus.VERIFYING.next())
                .containsExactlyInAnyOrder(MattersStatus.CONSISTENT, MattersStatus.DISCREPANCY);
        assertThat(MattersStatus.DISCREPANCY.next())
                .containsExactlyInAnyOrder(MattersStatus.EXPLANATION_REQUESTED, MattersStatus.DECIDED);
        assertThat(MattersStatus.EXPLANATION_REQUESTED.next()).containsExactly(MattersStatus.DECIDED);
        assertThat(MattersStatus.DECIDED.next()).isEmpty();
        assertThat(MattersStatus.CONSISTENT.next()).isEmpty();
    }

    @Test
    void aCheckIsDoneOnlyWhenFoundConsistentOrDecided() {
        assertThat(EnumSet.allOf(MattersStatus.class).stream().filter(MattersStatus::checked))
                .containsExactlyInAnyOrder(MattersStatus.CONSISTENT, MattersStatus.DECIDED);
    }
}
