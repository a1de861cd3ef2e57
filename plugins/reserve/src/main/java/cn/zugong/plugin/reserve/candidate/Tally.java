package cn.zugong.plugin.reserve.candidate;

import cn.zugong.plugin.reserve.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The tallies of a 民主推荐 entered by hand: votes for the candidate of the valid ballots cast.
 *
 * @param votes votes for the candidate
 * @param ballots valid ballots cast
 */
public record Tally(int votes, int ballots) {

    /** What is wrong with the numbers: negative, no ballots, more votes than ballots. */
    public static List<Problem> problems(int votes, int ballots) {
        List<Problem> problems = new ArrayList<>();
        if (ballots <= 0) {
            problems.add(Problem.of("ballots", "reserve.tally.ballots"));
        }
        if (votes < 0 || votes > Math.max(ballots, 0)) {
            problems.add(Problem.of("votes", "reserve.tally.votes", ballots));
        }
        return problems;
    }

    /** 得票率 in per cent. */
    public double percent() {
        return 100.0 * votes / ballots;
    }
}
