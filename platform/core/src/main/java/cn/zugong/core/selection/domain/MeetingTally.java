package cn.zugong.core.selection.domain;

import cn.zugong.core.selection.domain.rules.VoteRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The count of a decision meeting as it builds up in the room, by the core's rules ({@link
 * VoteRules}, {@link MeetingOutcome}): attendance against the quorum (V-S1), each candidate's
 * opinions against the majority of all members who should attend (V-S2), and who has yet to give
 * an opinion. The outcome is known once the meeting is quorate and every present member who did
 * not withdraw has given an opinion on every candidate.
 *
 * @param quorum the attendance a decision needs (two thirds of the members)
 * @param majority the consents that adopt a candidate (more than half of the members)
 * @param candidates per candidate voted on, in the agenda's order
 * @param outcome the outcome when complete and quorate; empty while opinions are missing or without quorum
 */
public record MeetingTally(
        int membersTotal,
        int present,
        int quorum,
        int majority,
        boolean quorate,
        Map<UUID, Candidate> candidates,
        Optional<MeetingOutcome> outcome) {

    /**
     * One candidate's count so far.
     *
     * @param pending present members who neither gave an opinion nor withdrew
     * @param adopted whether the consents already reach the majority
     */
    public record Candidate(int agree, int disagree, int defer, int withdrawn, int pending, boolean adopted) {}

    /** The tally of a meeting being recorded, on these candidates; the record's counts must be possible. */
    public static MeetingTally of(MeetingRecord meeting, List<UUID> votedOn) {
        int total = meeting.membersTotal();
        int present = meeting.membersPresent();
        boolean quorate = VoteRules.quorate(total, present);
        Map<UUID, Candidate> candidates = new LinkedHashMap<>();
        boolean complete = true;
        for (UUID cadre : votedOn) {
            int agree = count(meeting, cadre, Opinion.AGREE);
            int disagree = count(meeting, cadre, Opinion.DISAGREE);
            int defer = count(meeting, cadre, Opinion.DEFER);
            int withdrawn = (int) meeting.withdrawals().stream()
                    .filter(w -> w.cadreId().equals(cadre))
                    .count();
            int pending = Math.max(0, present - withdrawn - agree - disagree - defer);
            complete &= pending == 0;
            candidates.put(
                    cadre, new Candidate(agree, disagree, defer, withdrawn, pending, VoteRules.adopted(total, agree)));
        }
        Optional<MeetingOutcome> outcome = quorate && complete && !votedOn.isEmpty()
                ? Optional.of(MeetingOutcome.of(meeting, votedOn))
                : Optional.empty();
        return new MeetingTally(
                total,
                present,
                VoteRules.quorum(total),
                VoteRules.majority(total),
                quorate,
                Collections.unmodifiableMap(candidates),
                outcome);
    }

    private static int count(MeetingRecord meeting, UUID cadre, Opinion opinion) {
        return (int) meeting.votes().stream()
                .filter(v -> v.cadreId().equals(cadre) && v.opinion() == opinion)
                .count();
    }
}
