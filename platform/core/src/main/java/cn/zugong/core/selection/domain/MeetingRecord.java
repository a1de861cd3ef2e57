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
 */
public record MeetingRecord(
        MeetingBody body,
        LocalDate heldOn,
        int membersTotal,
        int membersPresent,
        VoteMethod method,
        String minutes,
        List<Vote> votes) {

    public MeetingRecord {
        votes = votes == null ? List.of() : List.copyOf(votes);
    }

    public record Vote(UUID cadreId, String member, Opinion opinion) {}
}
