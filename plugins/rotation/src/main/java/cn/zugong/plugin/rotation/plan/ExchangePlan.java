package cn.zugong.plugin.rotation.plan;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/**
 * One exchange plan as the solver sees it: the cadres to move, the open posts and the bars the
 * plugin's rules put between them; the score is hard (rules) and soft (preferences).
 */
@PlanningSolution
public class ExchangePlan {

    @PlanningEntityCollectionProperty
    private List<Mover> movers;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<OpenPost> posts;

    @ProblemFactCollectionProperty
    private List<Bar> bars;

    @PlanningScore
    private HardSoftScore score;

    /** For Timefold, which clones solutions. */
    ExchangePlan() {}

    public ExchangePlan(List<Mover> movers, List<OpenPost> posts, List<Bar> bars) {
        this.movers = List.copyOf(movers);
        this.posts = List.copyOf(posts);
        this.bars = List.copyOf(bars);
    }

    public List<Mover> getMovers() {
        return movers;
    }

    public List<OpenPost> getPosts() {
        return posts;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
