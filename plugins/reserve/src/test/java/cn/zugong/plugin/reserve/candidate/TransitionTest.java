package cn.zugong.plugin.reserve.candidate;

import static cn.zugong.plugin.reserve.candidate.CandidateState.APPROVED;
import static cn.zugong.plugin.reserve.candidate.CandidateState.EXAM;
import static cn.zugong.plugin.reserve.candidate.CandidateState.INSPECTED;
import static cn.zugong.plugin.reserve.candidate.CandidateState.NOMINATED;
import static cn.zugong.plugin.reserve.candidate.CandidateState.PUBLICIZED;
import static cn.zugong.plugin.reserve.candidate.CandidateState.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.reserve.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The state machine of DOMAIN §3.4 and V-R2. */
class TransitionTest {

    @Test
    void theWayWithAnExamAndTheWayWithoutBothReachApproval() {
        assertThat(NOMINATED.canMoveTo(EXAM)).isTrue();
        assertThat(EXAM.canMoveTo(INSPECTED)).isTrue();
        assertThat(NOMINATED.canMoveTo(INSPECTED)).isTrue();
        assertThat(INSPECTED.canMoveTo(PUBLICIZED)).isTrue();
        assertThat(PUBLICIZED.canMoveTo(APPROVED)).isTrue();
    }

    @Test
    void noStepIsSkippedAndFinalStatesStayFinal() {
        assertThat(NOMINATED.canMoveTo(PUBLICIZED)).isFalse();
        assertThat(NOMINATED.canMoveTo(APPROVED)).isFalse();
        assertThat(INSPECTED.canMoveTo(APPROVED)).isFalse();
        assertThat(EXAM.canMoveTo(PUBLICIZED)).isFalse();
        assertThat(APPROVED.isFinal()).isTrue();
        assertThat(REJECTED.isFinal()).isTrue();
        // §3.4: only a member of the pool leaves it, promoted (使用) or exited; never by a step.
        assertThat(APPROVED.leaving()).containsExactlyInAnyOrder(CandidateState.PROMOTED, CandidateState.EXITED);
        assertThat(PUBLICIZED.leaving()).isEmpty();
        assertThat(CandidateState.PROMOTED.leaving()).isEmpty();
        assertThat(APPROVED.canMoveTo(CandidateState.PROMOTED)).isFalse();
        assertThat(Transition.check(REJECTED, NOMINATED, Optional.empty(), Concealment.NONE))
                .extracting(Problem::key)
                .containsExactly("reserve.transition.notAllowed");
    }

    @Test
    void everyStepBeforeApprovalCanReject() {
        for (CandidateState s : new CandidateState[] {NOMINATED, EXAM, INSPECTED, PUBLICIZED}) {
            assertThat(s.canMoveTo(REJECTED)).as(s.name()).isTrue();
        }
    }

    @Test
    void leavingTheExamNeedsTheScoreUnlessRejected() {
        assertThat(Transition.check(EXAM, INSPECTED, Optional.empty(), Concealment.NONE))
                .extracting(Problem::key)
                .containsExactly("reserve.transition.examScore");
        assertThat(Transition.check(EXAM, INSPECTED, Optional.of(82.5), Concealment.NONE))
                .isEmpty();
        assertThat(Transition.check(EXAM, REJECTED, Optional.empty(), Concealment.NONE))
                .isEmpty();
    }

    @Test
    void aConcealmentFindingRefusesApprovalAndAnUnknownSourceDoesNot() {
        assertThat(Transition.check(PUBLICIZED, APPROVED, Optional.empty(), Concealment.FOUND))
                .extracting(Problem::key)
                .containsExactly("reserve.transition.concealed");
        assertThat(Transition.check(PUBLICIZED, APPROVED, Optional.empty(), Concealment.UNKNOWN))
                .isEmpty();
        assertThat(Transition.check(PUBLICIZED, REJECTED, Optional.empty(), Concealment.FOUND))
                .isEmpty();
    }

    @Test
    void aTallyIsCheckedAndGivesTheVoteShare() {
        assertThat(Tally.problems(30, 40)).isEmpty();
        assertThat(Tally.problems(40, 40)).isEmpty();
        assertThat(Tally.problems(41, 40)).extracting(Problem::key).containsExactly("reserve.tally.votes");
        assertThat(Tally.problems(0, 0)).extracting(Problem::key).containsExactly("reserve.tally.ballots");
        assertThat(new Tally(30, 40).percent()).isEqualTo(75.0);
    }
}
