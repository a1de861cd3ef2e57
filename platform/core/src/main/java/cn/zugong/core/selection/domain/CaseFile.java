package cn.zugong.core.selection.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A case with everything recorded on it, the exceptions recorded for its candidates included. */
public record CaseFile(
        SelectionCase selectionCase,
        List<SelectionCandidate> candidates,
        List<SelectionMeeting> meetings,
        List<SelectionVote> votes,
        List<SelectionObjection> objections,
        List<GateRecord> gates,
        List<RecordedException> exceptions) {

    /** A case without recorded exceptions. */
    public CaseFile(
            SelectionCase selectionCase,
            List<SelectionCandidate> candidates,
            List<SelectionMeeting> meetings,
            List<SelectionVote> votes,
            List<SelectionObjection> objections,
            List<GateRecord> gates) {
        this(selectionCase, candidates, meetings, votes, objections, gates, List.of());
    }

    /** Where a gate's finding stands on this case ({@link Findings}). */
    public Findings.Standing standing(GateRecord finding) {
        return Findings.standing(finding, gates, exceptions);
    }

    public Optional<SelectionCandidate> candidate(UUID cadreId) {
        return candidates.stream().filter(c -> c.getCadreId().equals(cadreId)).findFirst();
    }

    /** The votes cast at one meeting. */
    public List<SelectionVote> votesOf(UUID meetingId) {
        return votes.stream().filter(v -> v.getMeetingId().equals(meetingId)).toList();
    }

    /** The gate results that stand now (a later check of a step replaces the earlier ones). */
    public List<GateRecord> currentGates() {
        return gates.stream().filter(GateRecord::isCurrentResult).toList();
    }
}
