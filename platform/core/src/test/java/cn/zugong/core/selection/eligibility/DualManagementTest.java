package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.selection.eligibility.DualManagement.Reply;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * DUAL_MANAGEMENT: a dual-managed cadre's co-manager is consulted in writing before the decision;
 * no reply within one month is consent; on disagreement a principal post goes to the upper
 * organization department, a deputy post is decided by the main manager (DOMAIN.md 5.5).
 */
class DualManagementTest {

    private static final EligibilityParameters RULES = Packs.nationalPack().parameters();
    private static final LocalDate ASKED = LocalDate.parse("2026-01-31");

    private static Optional<EligibilityFinding> check(Reply reply, boolean principal, String decision) {
        return DualManagement.check(RULES, "市公安局", ASKED, reply, principal, LocalDate.parse(decision));
    }

    @Test
    void silenceIsConsentAfterExactlyOneMonthNotTheDayBefore() {
        EligibilityFinding dayBefore = check(null, true, "2026-02-27").orElseThrow();
        EligibilityFinding onTheDay = check(null, true, "2026-02-28").orElseThrow();

        assertThat(dayBefore.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(dayBefore.messageKey()).isEqualTo("eligibility.dual-management.waiting");
        assertThat(dayBefore.args()).containsExactly("市公安局", "2026-01-31", "2026-02-28");
        assertThat(dayBefore.force()).isEqualTo(RuleForce.HARD);
        assertThat(onTheDay.outcome()).isEqualTo(Outcome.PASS);
        assertThat(onTheDay.messageKey()).isEqualTo("eligibility.dual-management.deemed");
    }

    @Test
    void aDisagreementStopsAPrincipalPostUntilTheUpperDepartmentAgreesButOnlyWarnsForADeputy() {
        assertThat(check(Reply.DISAGREED, true, "2026-02-01").orElseThrow().messageKey())
                .isEqualTo("eligibility.dual-management.disagreed-principal");
        assertThat(check(Reply.DISAGREED, false, "2026-02-01").orElseThrow().outcome())
                .isEqualTo(Outcome.WARNING);
        assertThat(check(Reply.UPPER_AGREED, true, "2026-02-01").orElseThrow().outcome())
                .isEqualTo(Outcome.PASS);
        assertThat(check(Reply.AGREED, true, "2026-02-01").orElseThrow().outcome())
                .isEqualTo(Outcome.PASS);
    }

    @Test
    void aDualManagedCadreNotConsultedFailsAndOneNotDualManagedHasNoFinding() {
        assertThat(DualManagement.check(RULES, "市公安局", null, null, false, ASKED)
                        .orElseThrow()
                        .messageKey())
                .isEqualTo("eligibility.dual-management.not-consulted");
        assertThat(DualManagement.check(RULES, null, null, null, false, ASKED)).isEmpty();
    }
}
