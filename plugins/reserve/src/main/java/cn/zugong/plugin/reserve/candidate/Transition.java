package cn.zugong.plugin.reserve.candidate;

import cn.zugong.plugin.reserve.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of one step of a candidate (DOMAIN §3.4, §3.5): the step must follow the state
 * machine, an exam step needs a score, and approval is refused on a concealment finding (V-R2).
 */
public final class Transition {

    private Transition() {}

    /**
     * @param from the candidate's state
     * @param to the state asked for
     * @param examScore the score, required when leaving {@link CandidateState#EXAM}
     * @param concealment what is known of concealment, asked for approval only
     */
    public static List<Problem> check(
            CandidateState from, CandidateState to, Optional<Double> examScore, Concealment concealment) {
        List<Problem> problems = new ArrayList<>();
        if (!from.canMoveTo(to)) {
            problems.add(Problem.of("state", "reserve.transition.notAllowed", from.name(), to.name()));
            return problems;
        }
        if (from == CandidateState.EXAM && to != CandidateState.REJECTED && examScore.isEmpty()) {
            problems.add(Problem.of("examScore", "reserve.transition.examScore"));
        }
        if (to == CandidateState.APPROVED && concealment == Concealment.FOUND) {
            problems.add(Problem.of("state", "reserve.transition.concealed"));
        }
        return problems;
    }
}
