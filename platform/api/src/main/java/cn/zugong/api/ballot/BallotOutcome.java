package cn.zugong.api.ballot;

import java.util.List;

/**
 * A closed session's result: aggregates only, never a single ballot.
 *
 * @param expected how many should have taken part
 * @param cast how many took part (online and paper ballots)
 * @param valid the valid ballots; the others are {@code invalid} (more names than allowed) or {@code blank}
 * @param participationMet whether those who took part reach the province's required share
 * @param persons each name's result, in the ballot's order
 * @since 1.3.0
 */
public record BallotOutcome(
        int expected,
        int cast,
        int valid,
        int invalid,
        int blank,
        boolean participationMet,
        List<BallotTally> persons) {

    public BallotOutcome {
        persons = List.copyOf(persons);
    }
}
