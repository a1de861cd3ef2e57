package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an officer asks for when opening a session on a case.
 *
 * @param candidates the case's candidates on the ballot, in order; empty for all of them (a second
 *     round names a few)
 * @param maxMarks how many names a voter may mark (a recommendation); ignored for an evaluation
 */
public record SessionRequest(
        UUID caseId,
        BallotKind kind,
        String title,
        List<UUID> candidates,
        int expected,
        int maxMarks,
        Instant opensAt,
        Instant closesAt) {

    public SessionRequest {
        candidates = List.copyOf(candidates);
    }
}
