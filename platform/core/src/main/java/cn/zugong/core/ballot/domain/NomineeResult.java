package cn.zugong.core.ballot.domain;

import java.util.Map;
import java.util.UUID;

/**
 * One person's result: votes and their share of the participants (detpiaolv: votes over those
 * who took part) for a recommendation; the count per grade for an evaluation.
 */
public record NomineeResult(int place, UUID cadreId, String name, int votes, double share, Map<Grade, Integer> grades) {

    public NomineeResult {
        grades = Map.copyOf(grades);
    }

    public int grade(Grade grade) {
        return grades.getOrDefault(grade, 0);
    }
}
