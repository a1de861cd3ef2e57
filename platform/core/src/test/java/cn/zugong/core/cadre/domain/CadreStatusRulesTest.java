package cn.zugong.core.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dated status changes: the allowed transitions, and dates in order and not ahead of today. */
class CadreStatusRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void anActiveCadreMayRetire() {
        assertThat(CadreStatusRules.change(
                        CadreStatus.ACTIVE, CadreStatus.RETIRED, TODAY.minusDays(10), null, Optional.empty(), TODAY))
                .isEmpty();
    }

    @Test
    void aRetiredCadreDoesNotBecomeActiveAgain() {
        assertThat(keys(CadreStatusRules.change(
                        CadreStatus.RETIRED, CadreStatus.ACTIVE, TODAY, null, Optional.empty(), TODAY)))
                .containsExactly("status:cadre.status.error.transition");
    }

    @Test
    void theStatusesOfferedFollowTheTransitions() {
        assertThat(CadreStatusRules.next(CadreStatus.RETIRED)).containsExactly(CadreStatus.DECEASED);
        assertThat(CadreStatusRules.next(CadreStatus.DECEASED)).isEmpty();
        assertThat(CadreStatusRules.next(CadreStatus.ACTIVE)).doesNotContain(CadreStatus.ACTIVE);
        assertThat(CadreStatusRules.next(CadreStatus.TRANSFERRED_OUT))
                .containsExactly(CadreStatus.ACTIVE, CadreStatus.DECEASED);
    }

    @Test
    void aChangeIsNotDatedBeforeThePreviousOne() {
        Optional<LocalDate> previous = Optional.of(LocalDate.of(2024, 3, 1));

        List<Problem> problems = CadreStatusRules.change(
                CadreStatus.TRANSFERRED_OUT, CadreStatus.ACTIVE, LocalDate.of(2024, 2, 29), null, previous, TODAY);

        assertThat(keys(problems)).containsExactly("effectiveDate:cadre.status.error.before-previous");
        assertThat(problems.getFirst().args()).containsExactly("2024-03-01");
        assertThat(CadreStatusRules.change(
                        CadreStatus.TRANSFERRED_OUT,
                        CadreStatus.ACTIVE,
                        LocalDate.of(2024, 3, 1),
                        null,
                        previous,
                        TODAY))
                .isEmpty();
    }

    @Test
    void aChangeIsRecordedOnceItHappened() {
        assertThat(keys(CadreStatusRules.change(
                        CadreStatus.ACTIVE, CadreStatus.RETIRED, TODAY.plusDays(1), null, Optional.empty(), TODAY)))
                .containsExactly("effectiveDate:cadre.error.future");
    }

    @Test
    void aChangeNeedsAStatusAndADate() {
        assertThat(keys(CadreStatusRules.change(CadreStatus.ACTIVE, null, null, null, Optional.empty(), TODAY)))
                .containsExactly("status:cadre.error.required", "effectiveDate:cadre.error.required");
    }
}
