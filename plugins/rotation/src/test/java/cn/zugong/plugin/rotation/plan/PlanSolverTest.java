package cn.zugong.plugin.rotation.plan;

import static cn.zugong.plugin.rotation.plan.Plans.mover;
import static cn.zugong.plugin.rotation.plan.Plans.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A small plan solved, explained, and solved again after the officer pins and forbids moves. */
class PlanSolverTest {

    private final PlanSolver solver = new PlanSolver(Duration.ofSeconds(5), Duration.ofMillis(300));

    private final Mover wang = mover("王", Mover.Reason.MUST, 12);
    private final Mover li = mover("李", Mover.Reason.SHOULD, 10);
    private final OpenPost discipline = post("纪委副书记", 1);
    private final OpenPost propaganda = post("宣传部副部长", 1);
    private final OpenPost court = post("法院副院长", Plans.LEVEL, "court");

    private ExchangePlan plan() {
        Bar kin = new Bar(wang.getCadreId(), discipline.id(), Bar.Kind.AVOIDANCE, "V-E2");
        return new ExchangePlan(List.of(wang, li), List.of(discipline, propaganda, court), List.of(kin));
    }

    @Test
    void theProposedPlanBreaksNoRuleAndMovesEveryoneItCan() {
        ExchangePlan solved = solver.solve(plan());

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(postOf(solved, "王")).contains(propaganda);
        assertThat(postOf(solved, "李")).contains(discipline);
    }

    @Test
    void eachMoveIsExplainedByTheConstraintsWeighingOnIt() {
        ExchangePlan solved = solver.solve(plan());

        List<MoveExplanation> moves = solver.explain(solved);

        assertThat(moves).hasSize(2);
        MoveExplanation wangsMove =
                moves.stream().filter(m -> m.name().equals("王")).findFirst().orElseThrow();
        assertThat(wangsMove.impacts())
                .extracting(MoveExplanation.Impact::constraint)
                .contains(PlanConstraints.MOVES);
        assertThat(wangsMove.score().hardScore()).isZero();
    }

    @Test
    void aCadreWhoStaysIsExplainedByTheReasonLeftUncovered() {
        Mover zhao = mover("赵", Mover.Reason.MUST, 11);
        ExchangePlan onePost = new ExchangePlan(List.of(zhao), List.of(court), List.of());

        MoveExplanation move = solver.explain(solver.solve(onePost)).getFirst();

        assertThat(move.post()).isEmpty();
        assertThat(move.impacts())
                .extracting(MoveExplanation.Impact::constraint)
                .contains(PlanConstraints.REASON_UNCOVERED, PlanConstraints.TIME_IN_POST);
    }

    @Test
    void aPinnedMoveIsKeptAndAForbiddenOneIsNeverProposedOnReSolve() {
        ExchangePlan solved = solver.solve(plan());

        ExchangePlan again = solver.resolve(
                solved,
                Map.of(li.getCadreId(), Optional.of(propaganda.id())),
                Map.of(wang.getCadreId(), Set.of(propaganda.id())));

        assertThat(postOf(again, "李")).contains(propaganda);
        assertThat(postOf(again, "王")).isEmpty();
        assertThat(again.getScore().hardScore()).isZero();
    }

    @Test
    void aCadrePinnedToStayIsNotMoved() {
        ExchangePlan again = solver.resolve(plan(), Map.of(wang.getCadreId(), Optional.empty()), Map.of());

        assertThat(postOf(again, "王")).isEmpty();
    }

    private static Optional<OpenPost> postOf(ExchangePlan plan, String name) {
        return plan.getMovers().stream()
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .map(Mover::getPost);
    }
}
