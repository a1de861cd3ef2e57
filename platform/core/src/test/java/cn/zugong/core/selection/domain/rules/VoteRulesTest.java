package cn.zugong.core.selection.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The decision meeting's counts at their edges: two thirds present, more than half of all members agreeing. */
class VoteRulesTest {

    @Test
    void sixOfNineMembersPresentAreExactlyTwoThirdsAndMakeAQuorum() {
        assertThat(VoteRules.quorate(9, 6)).isTrue();
        assertThat(VoteRules.quorate(9, 5)).isFalse();
    }

    @Test
    void eightOfTwelveMakeAQuorumAndSevenDoNot() {
        assertThat(VoteRules.quorate(12, 8)).isTrue();
        assertThat(VoteRules.quorate(12, 7)).isFalse();
    }

    @Test
    void sevenOfElevenFallShortOfTwoThirdsBecauseTheQuorumRoundsUp() {
        assertThat(VoteRules.quorate(11, 7)).isFalse();
        assertThat(VoteRules.quorate(11, 8)).isTrue();
        assertThat(VoteRules.quorum(11)).isEqualTo(8);
        assertThat(VoteRules.quorum(9)).isEqualTo(6);
        assertThat(VoteRules.quorum(1)).isEqualTo(1);
    }

    @Test
    void aOneMemberBodyIsQuorateOnlyWithThatMember() {
        assertThat(VoteRules.quorate(1, 1)).isTrue();
        assertThat(VoteRules.quorate(1, 0)).isFalse();
    }

    @Test
    void exactlyHalfOfAllMembersAgreeingIsNotEnough() {
        assertThat(VoteRules.adopted(10, 5)).isFalse();
        assertThat(VoteRules.adopted(10, 6)).isTrue();
        assertThat(VoteRules.majority(10)).isEqualTo(6);
    }

    @Test
    void fiveOfNineAgreeingIsMoreThanHalf() {
        assertThat(VoteRules.adopted(9, 5)).isTrue();
        assertThat(VoteRules.adopted(9, 4)).isFalse();
        assertThat(VoteRules.majority(9)).isEqualTo(5);
    }

    @Test
    void theVotesInFavourAreCountedAgainstAllMembersNotThosePresent() {
        // 7 of 10 present and 4 agree: a majority of those present, not of the members.
        assertThat(VoteRules.decide(10, 7, 4)).isEqualTo(VoteOutcome.NOT_ADOPTED);
        assertThat(VoteRules.decide(10, 7, 6)).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void withoutAQuorumNoDecisionIsValidWhateverTheVotes() {
        assertThat(VoteRules.decide(9, 5, 5)).isEqualTo(VoteOutcome.NO_QUORUM);
        assertThat(VoteRules.decide(9, 6, 5)).isEqualTo(VoteOutcome.ADOPTED);
    }

    @Test
    void aReconsiderationNeedsMoreThanHalfOfTheMembersToo() {
        assertThat(VoteRules.reconsiderationAdopted(10, 5)).isFalse();
        assertThat(VoteRules.reconsiderationAdopted(10, 6)).isTrue();
        assertThat(VoteRules.reconsiderationAdopted(11, 6)).isTrue();
    }

    @Test
    void aBodyWithoutMembersIsRefused() {
        assertRefused(() -> VoteRules.quorate(0, 0), new Problem(VoteRules.TOTAL, "selection.vote.error.total"));
        assertRefused(() -> VoteRules.adopted(-3, 0), new Problem(VoteRules.TOTAL, "selection.vote.error.total"));
    }

    @Test
    void negativeCountsAreRefused() {
        assertRefused(() -> VoteRules.quorate(9, -1), new Problem(VoteRules.PRESENT, "selection.vote.error.negative"));
        assertRefused(() -> VoteRules.adopted(9, -1), new Problem(VoteRules.YES, "selection.vote.error.negative"));
        assertRefused(() -> VoteRules.decide(9, 6, -1), new Problem(VoteRules.YES, "selection.vote.error.negative"));
    }

    @Test
    void moreMembersPresentThanTheBodyHasIsRefused() {
        assertRefused(
                () -> VoteRules.quorate(9, 10),
                new Problem(VoteRules.PRESENT, "selection.vote.error.present-above-total", java.util.List.of(10, 9)));
    }

    @Test
    void moreVotesInFavourThanMembersIsRefused() {
        assertRefused(
                () -> VoteRules.adopted(9, 10),
                new Problem(VoteRules.YES, "selection.vote.error.yes-above-total", java.util.List.of(10, 9)));
    }

    @Test
    void moreVotesInFavourThanMembersPresentIsRefused() {
        assertRefused(
                () -> VoteRules.decide(9, 6, 7),
                new Problem(VoteRules.YES, "selection.vote.error.yes-above-present", java.util.List.of(7, 6)));
    }

    @Test
    void everyImpossibleCountIsNamedAtOnce() {
        assertThatThrownBy(() -> VoteRules.decide(0, -1, -2))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactly(VoteRules.TOTAL, VoteRules.PRESENT, VoteRules.YES));
    }

    private static void assertRefused(ThrowingCallable call, Problem expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .containsExactly(expected));
    }
}
