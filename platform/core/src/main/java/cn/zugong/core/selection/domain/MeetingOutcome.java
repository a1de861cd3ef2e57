package cn.zugong.core.selection.domain;

import cn.zugong.core.selection.domain.rules.VoteRules;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a quorate decision meeting decided: each candidate's count of consents, the adopted one
 * (more than half of all members who should attend, V-S2; the most consents when several are),
 * or why none was.
 */
public record MeetingOutcome(Result result, Optional<UUID> adopted, Map<UUID, Map<Opinion, Integer>> counts) {

    public enum Result {
        ADOPTED,
        /** Several candidates tied with the most consents: the committee votes again. */
        TIED,
        /** Most opinions were to defer (huanyi, zanhuan biaojue). */
        DEFERRED,
        NOT_ADOPTED
    }

    /** The outcome of a quorate meeting's votes on these candidates (the case's record shows it again). */
    public static MeetingOutcome of(MeetingRecord meeting, List<UUID> candidates) {
        Map<UUID, Map<Opinion, Integer>> counts = new LinkedHashMap<>();
        for (UUID cadre : candidates) {
            Map<Opinion, Integer> byOpinion = new EnumMap<>(Opinion.class);
            for (Opinion o : Opinion.values()) {
                byOpinion.put(o, 0);
            }
            counts.put(cadre, byOpinion);
        }
        for (MeetingRecord.Vote v : meeting.votes()) {
            counts.get(v.cadreId()).merge(v.opinion(), 1, Integer::sum);
        }
        List<UUID> adopted = counts.entrySet().stream()
                .filter(e ->
                        VoteRules.adopted(meeting.membersTotal(), e.getValue().get(Opinion.AGREE)))
                .map(Map.Entry::getKey)
                .toList();
        if (!adopted.isEmpty()) {
            int best = adopted.stream()
                    .mapToInt(c -> counts.get(c).get(Opinion.AGREE))
                    .max()
                    .orElseThrow();
            List<UUID> top = adopted.stream()
                    .filter(c -> counts.get(c).get(Opinion.AGREE) == best)
                    .toList();
            return top.size() == 1
                    ? new MeetingOutcome(Result.ADOPTED, Optional.of(top.getFirst()), counts)
                    : new MeetingOutcome(Result.TIED, Optional.empty(), counts);
        }
        boolean deferred = counts.values().stream()
                .anyMatch(m ->
                        m.get(Opinion.DEFER) > m.get(Opinion.AGREE) && m.get(Opinion.DEFER) > m.get(Opinion.DISAGREE));
        return new MeetingOutcome(deferred ? Result.DEFERRED : Result.NOT_ADOPTED, Optional.empty(), counts);
    }

    /** The votes as a short line for the record: cadre id, member and opinion per vote. */
    public static String summary(List<MeetingRecord.Vote> votes) {
        return votes.stream()
                .map(v -> v.cadreId() + ":" + v.member() + ":" + v.opinion())
                .collect(Collectors.joining(";"));
    }
}
