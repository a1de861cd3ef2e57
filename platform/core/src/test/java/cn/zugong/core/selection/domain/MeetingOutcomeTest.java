package cn.zugong.core.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DOMAIN 5.5, V-S2: a candidate is adopted with more than half of the members who should attend. */
class MeetingOutcomeTest {

    private final UUID wang = UUID.randomUUID();
    private final UUID li = UUID.randomUUID();

    private static MeetingRecord meeting(int total, int present, List<MeetingRecord.Vote> votes) {
        return new MeetingRecord(
                MeetingBody.STANDING_COMMITTEE,
                LocalDate.of(2026, 11, 2),
                total,
                present,
                VoteMethod.SHOW_OF_HANDS,
                null,
                votes);
    }

    private static List<MeetingRecord.Vote> votes(UUID cadre, int agree, int disagree, int defer) {
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        int member = 0;
        for (int i = 0; i < agree; i++) {
            votes.add(new MeetingRecord.Vote(cadre, "m" + member++, Opinion.AGREE));
        }
        for (int i = 0; i < disagree; i++) {
            votes.add(new MeetingRecord.Vote(cadre, "m" + member++, Opinion.DISAGREE));
        }
        for (int i = 0; i < defer; i++) {
            votes.add(new MeetingRecord.Vote(cadre, "m" + member++, Opinion.DEFER));
        }
        return votes;
    }

    @Test
    void exactlyHalfOfAllMembersIsNotEnough() {
        MeetingOutcome outcome = MeetingOutcome.of(meeting(10, 10, votes(wang, 5, 5, 0)), List.of(wang));
        assertEquals(MeetingOutcome.Result.NOT_ADOPTED, outcome.result());
        assertEquals(Optional.empty(), outcome.adopted());
    }

    @Test
    void oneMoreThanHalfOfAllMembersAdopts() {
        MeetingOutcome outcome = MeetingOutcome.of(meeting(10, 10, votes(wang, 6, 4, 0)), List.of(wang));
        assertEquals(MeetingOutcome.Result.ADOPTED, outcome.result());
        assertEquals(Optional.of(wang), outcome.adopted());
    }

    @Test
    void theBaseIsTheMembersWhoShouldAttendNotThosePresent() {
        // 7 of 9 present, 4 agree: a majority of those present, not of the 9 members.
        MeetingOutcome outcome = MeetingOutcome.of(meeting(9, 7, votes(wang, 4, 3, 0)), List.of(wang));
        assertEquals(MeetingOutcome.Result.NOT_ADOPTED, outcome.result());
        MeetingOutcome five = MeetingOutcome.of(meeting(9, 7, votes(wang, 5, 2, 0)), List.of(wang));
        assertEquals(Optional.of(wang), five.adopted());
    }

    @Test
    void mostlyDeferredIsPostponed() {
        MeetingOutcome outcome = MeetingOutcome.of(meeting(9, 9, votes(wang, 2, 2, 5)), List.of(wang));
        assertEquals(MeetingOutcome.Result.DEFERRED, outcome.result());
    }

    @Test
    void ofTwoAdoptedCandidatesTheOneWithMoreConsentsIsChosen() {
        List<MeetingRecord.Vote> all = new ArrayList<>(votes(wang, 6, 3, 0));
        all.addAll(votes(li, 7, 2, 0));
        MeetingOutcome outcome = MeetingOutcome.of(meeting(9, 9, all), List.of(wang, li));
        assertEquals(Optional.of(li), outcome.adopted());
    }

    @Test
    void aTieBetweenAdoptedCandidatesDecidesNothing() {
        List<MeetingRecord.Vote> all = new ArrayList<>(votes(wang, 6, 3, 0));
        all.addAll(votes(li, 6, 3, 0));
        MeetingOutcome outcome = MeetingOutcome.of(meeting(9, 9, all), List.of(wang, li));
        assertEquals(MeetingOutcome.Result.TIED, outcome.result());
        assertEquals(Optional.empty(), outcome.adopted());
    }
}
