package cn.zugong.api.ballot;

import java.util.Map;
import java.util.UUID;

/**
 * One person's result.
 *
 * @param cadreId the cadre's id, or null for a name outside the registry
 * @param votes the votes (a recommendation)
 * @param share the votes over those who took part (a recommendation)
 * @param grades the count per grade (an evaluation)
 * @since 1.3.0
 */
public record BallotTally(UUID cadreId, String name, int votes, double share, Map<BallotGrade, Integer> grades) {

    public BallotTally {
        grades = Map.copyOf(grades);
    }
}
