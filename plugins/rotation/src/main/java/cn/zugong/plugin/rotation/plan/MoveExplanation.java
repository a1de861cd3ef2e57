package cn.zugong.plugin.rotation.plan;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Why the plan proposes what it does for one cadre: the post (none: stays) and each rule or
 * preference that weighs on that choice, by constraint id ({@code rotation.plan.constraint.<id>}).
 *
 * @param cadreId the cadre
 * @param name the cadre's name
 * @param post the proposed post; empty when the cadre stays
 * @param pinned whether the officer fixed this move
 * @param impacts the constraints that weigh on the move, with their score
 */
public record MoveExplanation(
        UUID cadreId, String name, Optional<OpenPost> post, boolean pinned, List<Impact> impacts) {

    public MoveExplanation {
        impacts = List.copyOf(impacts);
    }

    /** The move's score: the sum of its impacts. */
    public HardSoftScore score() {
        return impacts.stream().map(Impact::score).reduce(HardSoftScore.ZERO, HardSoftScore::add);
    }

    /** @param constraint the constraint's id (a {@link PlanConstraints} name) */
    public record Impact(String constraint, HardSoftScore score) {}
}
