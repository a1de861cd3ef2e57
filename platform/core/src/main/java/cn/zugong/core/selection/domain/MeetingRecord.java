package cn.zugong.core.selection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision meeting as the officer records it.
 *
 * @param membersTotal the members who should attend (yingdaohui)
 * @param membersPresent the members present
 * @param votes each present member's opinion on each candidate
 * @param withdrawals the members who withdrew from a candidate's item (duty avoidance); they vote
 *     on nobody they withdrew from
 */
public record MeetingRecord(
        MeetingBody body,
        LocalDate heldOn,
        int membersTotal,
        int membersPresent,
        VoteMethod method,
        String minutes,
        List<Vote> votes,
        List<Withdrawal> withdrawals) {

    public MeetingRecord {
        votes = votes == null ? List.of() : List.copyOf(votes);
        withdrawals = withdrawals == null ? List.of() : List.copyOf(withdrawals);
    }

    /** A meeting where nobody withdrew. */
    public MeetingRecord(
            MeetingBody body,
            LocalDate heldOn,
            int membersTotal,
            int membersPresent,
            VoteMethod method,
            String minutes,
            List<Vote> votes) {
        this(body, heldOn, membersTotal, membersPresent, method, minutes, votes, List.of());
    }

    public record Vote(UUID cadreId, String member, Opinion opinion) {}

    /** A member who withdrew from the item of a candidate, and why (the relation, in words). */
    public record Withdrawal(UUID cadreId, String member, String reason) {}
}
