package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.selection.eligibility.DutyAvoidance.Relative;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AVOIDANCE_INSPECTION and AVOIDANCE_MEETING: a member of the inspection team or of the deciding
 * committee withdraws when the candidate is themselves or a relative (DOMAIN.md 2.2, 5.5), the
 * relation known from the candidate's family or from the family of a cadre of the member's name.
 */
class DutyAvoidanceTest {

    private static final List<Relative> FAMILY = List.of(new Relative("李 红", "妻子"), new Relative("王大山", "父亲"));

    @Test
    void aTeamMemberNamedInTheCandidatesFamilyOrTheCandidateThemselvesMustWithdraw() {
        List<EligibilityFinding> conflicts = DutyAvoidance.check(
                EligibilityRule.AVOIDANCE_INSPECTION,
                "王小明",
                FAMILY,
                DutyAvoidance.teamMembers("张三、李红，王小明; 赵四"),
                Map.of());

        assertThat(conflicts)
                .extracting(EligibilityFinding::messageKey)
                .containsExactly("eligibility.avoidance-inspection.relative", "eligibility.avoidance-inspection.self");
        assertThat(conflicts.getFirst().args()).containsExactly("李红", "王小明", "妻子");
        assertThat(conflicts).allSatisfy(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(f.force()).isEqualTo(RuleForce.HARD);
        });
    }

    @Test
    void aCommitteeMemberWhoseOwnFileNamesTheCandidateMustWithdraw() {
        List<EligibilityFinding> conflicts = DutyAvoidance.check(
                EligibilityRule.AVOIDANCE_MEETING, "王小明", List.of(), List.of("周书记", "钱委员"), Map.of("钱委员", "外甥"));

        assertThat(conflicts).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("eligibility.avoidance-meeting.relative");
            assertThat(f.args()).containsExactly("钱委员", "王小明", "外甥");
        });
    }

    @Test
    void membersWithoutARelationPassAndOnlyTheAvoidanceRulesAreAccepted() {
        assertThat(DutyAvoidance.check(EligibilityRule.AVOIDANCE_MEETING, "王小明", FAMILY, List.of("王大", "李"), Map.of()))
                .isEmpty();
        assertThatThrownBy(() -> DutyAvoidance.check(EligibilityRule.HEALTH, "x", List.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
