package cn.zugong.core.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The count a committee sees while it votes: quorum, majority of all members, who is still to vote. */
class MeetingTallyTest {

    private final UUID wang = UUID.randomUUID();
    private final UUID li = UUID.randomUUID();

    private static MeetingRecord meeting(
            int total, int present, List<MeetingRecord.Vote> votes, List<MeetingRecord.Withdrawal> withdrawals) {
        return new MeetingRecord(
                MeetingBody.STANDING_COMMITTEE,
                LocalDate.of(2026, 11, 2),
                total,
                present,
                VoteMethod.SHOW_OF_HANDS,
                null,
                votes,
                withdrawals);
    }

    private static List<MeetingRecord.Vote> agree(UUID cadre, int from, int to) {
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            votes.add(new MeetingRecord.Vote(cadre, "委员" + i, Opinion.AGREE));
        }
        return votes;
    }

    @Test
    void nineMembersNeedSixPresentAndFiveConsents() {
        MeetingTally tally = MeetingTally.of(meeting(9, 6, List.of(), List.of()), List.of(wang));

        assertEquals(6, tally.quorum());
        assertEquals(5, tally.majority());
        assertTrue(tally.quorate());
        assertEquals(6, tally.candidates().get(wang).pending());
        assertTrue(tally.outcome().isEmpty(), "no outcome while six opinions are missing");
    }

    @Test
    void fivePresentOfNineIsNoQuorumEvenWhenAllAgree() {
        MeetingTally tally = MeetingTally.of(meeting(9, 5, agree(wang, 0, 5), List.of()), List.of(wang));

        assertFalse(tally.quorate());
        assertTrue(tally.candidates().get(wang).adopted());
        assertTrue(tally.outcome().isEmpty());
    }

    @Test
    void aWithdrawnMemberIsNotPendingAndTheBaseStaysAllMembers() {
        List<MeetingRecord.Vote> votes = new ArrayList<>(agree(wang, 0, 4));
        votes.add(new MeetingRecord.Vote(wang, "委员4", Opinion.DISAGREE));
        votes.add(new MeetingRecord.Vote(wang, "委员5", Opinion.DEFER));
        votes.add(new MeetingRecord.Vote(wang, "委员6", Opinion.DEFER));
        MeetingTally tally = MeetingTally.of(
                meeting(9, 8, votes, List.of(new MeetingRecord.Withdrawal(wang, "委员7", "配偶"))), List.of(wang));

        MeetingTally.Candidate count = tally.candidates().get(wang);
        assertEquals(4, count.agree());
        assertEquals(1, count.disagree());
        assertEquals(2, count.defer());
        assertEquals(1, count.withdrawn());
        assertEquals(0, count.pending());
        assertFalse(count.adopted(), "4 of 9 is not more than half, whoever withdrew");
        assertEquals(
                MeetingOutcome.Result.NOT_ADOPTED, tally.outcome().orElseThrow().result());
    }

    @Test
    void theOutcomeNamesTheAdoptedCandidateOfADifferentialChoiceOnceEveryoneVoted() {
        List<MeetingRecord.Vote> votes = new ArrayList<>(agree(wang, 0, 6));
        votes.addAll(agree(li, 6, 7));
        for (int i = 0; i < 6; i++) {
            votes.add(new MeetingRecord.Vote(li, "委员" + i, Opinion.DISAGREE));
        }
        votes.add(new MeetingRecord.Vote(wang, "委员6", Opinion.DISAGREE));
        MeetingTally tally = MeetingTally.of(meeting(9, 7, votes, List.of()), List.of(wang, li));

        assertEquals(List.of(wang, li), List.copyOf(tally.candidates().keySet()));
        assertEquals(
                MeetingOutcome.Result.ADOPTED, tally.outcome().orElseThrow().result());
        assertEquals(wang, tally.outcome().orElseThrow().adopted().orElseThrow());
    }
}
