package cn.zugong.plugin.supervision.trial;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.supervision.Limits;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN §4.2: the trial year [V], its extension for an absence of half a year [P], the reminder [I]. */
class TrialTermTest {

    private static final Limits NATIONAL = Limits.parse(Map.of());

    @Test
    void aTrialLastsOneYearFromTheNoticeAndItsAssessmentIsDueThirtyDaysBeforeItsEnd() {
        TrialTerm term = TrialTerm.of(LocalDate.of(2025, 3, 1), 0, NATIONAL);
        assertThat(term.end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(term.assessmentFrom()).isEqualTo(LocalDate.of(2026, 1, 29));
        assertThat(term.assessmentDue(LocalDate.of(2026, 1, 28))).isFalse();
        assertThat(term.assessmentDue(LocalDate.of(2026, 1, 29))).isTrue();
    }

    @Test
    void anAbsenceOfHalfAYearOrMoreExtendsTheTrialAndAShorterOneDoesNot() {
        assertThat(TrialTerm.longEnough(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30), NATIONAL))
                .isTrue();
        assertThat(TrialTerm.longEnough(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 29), NATIONAL))
                .isFalse();
        TrialTerm extended = TrialTerm.of(LocalDate.of(2025, 3, 1), 0, NATIONAL).withAbsence(183, NATIONAL);
        assertThat(extended.end()).isEqualTo(LocalDate.of(2026, 8, 30));
        assertThat(extended.absenceDays()).isEqualTo(183);
    }
}
