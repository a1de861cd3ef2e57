package cn.zugong.plugin.rotation.plan;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.constraint.Indictment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Solves an exchange plan within a time limit and explains it per move. Configured in code (no XML,
 * no Quarkus or Spring) with the plugin's class loader, which is the one that sees the plan's
 * classes inside the platform.
 */
public final class PlanSolver {

    private final SolverFactory<ExchangePlan> factory;
    private final SolutionManager<ExchangePlan, HardSoftScore> manager;

    /**
     * @param limit the longest a solve runs
     * @param unimproved stop earlier when the best plan has not improved for this long
     */
    public PlanSolver(Duration limit, Duration unimproved) {
        SolverConfig config = new SolverConfig(PlanSolver.class.getClassLoader())
                .withSolutionClass(ExchangePlan.class)
                .withEntityClasses(Mover.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(unimproved));
        this.factory = SolverFactory.create(config);
        this.manager = SolutionManager.create(factory);
    }

    /** The best plan found; starts from the plan's current moves, and never changes a pinned one. */
    public ExchangePlan solve(ExchangePlan plan) {
        return solve(plan, (spent, score) -> {});
    }

    /** As {@link #solve(ExchangePlan)}, telling {@code progress} each better plan's time and score. */
    public ExchangePlan solve(ExchangePlan plan, BiConsumer<Duration, HardSoftScore> progress) {
        Solver<ExchangePlan> solver = factory.buildSolver();
        solver.addEventListener(event -> progress.accept(
                Duration.ofMillis(event.getTimeMillisSpent()), (HardSoftScore) event.getNewBestScore()));
        return solver.solve(plan);
    }

    /**
     * Solves again after the officer's decisions: each pinned cadre fixed to the post given (empty:
     * stays), each forbidden post never proposed to that cadre.
     */
    public ExchangePlan resolve(ExchangePlan plan, Map<UUID, Optional<UUID>> pins, Map<UUID, Set<UUID>> forbids) {
        for (Mover mover : plan.getMovers()) {
            Set<UUID> forbidden = forbids.getOrDefault(mover.getCadreId(), Set.of());
            mover.forbid(forbidden);
            if (mover.getPost() != null && forbidden.contains(mover.getPost().id())) {
                mover.setPost(null);
            }
            Optional<UUID> pin = pins.get(mover.getCadreId());
            if (pin != null) {
                mover.pin(pin.flatMap(id -> post(plan, id)).orElse(null));
            }
        }
        return solve(plan);
    }

    /** The plan's score, computed afresh. */
    public HardSoftScore score(ExchangePlan plan) {
        return manager.update(plan);
    }

    /** For each cadre, the proposed post and the constraints weighing on it. */
    public List<MoveExplanation> explain(ExchangePlan plan) {
        Map<Object, Indictment<HardSoftScore>> indictments =
                manager.explain(plan).getIndictmentMap();
        List<MoveExplanation> moves = new ArrayList<>();
        for (Mover mover : plan.getMovers()) {
            List<MoveExplanation.Impact> impacts = new ArrayList<>();
            add(impacts, indictments.get(mover));
            if (mover.getPost() != null) {
                add(impacts, indictments.get(mover.getPost()));
                add(impacts, indictments.get(mover.getPost().unitId()));
            }
            moves.add(new MoveExplanation(
                    mover.getCadreId(),
                    mover.getName(),
                    Optional.ofNullable(mover.getPost()),
                    mover.isPinned(),
                    impacts));
        }
        return moves;
    }

    private static void add(List<MoveExplanation.Impact> impacts, Indictment<HardSoftScore> indictment) {
        if (indictment == null) {
            return;
        }
        indictment
                .getConstraintMatchSet()
                .forEach(match -> impacts.add(
                        new MoveExplanation.Impact(match.getConstraintRef().constraintName(), match.getScore())));
    }

    private static Optional<OpenPost> post(ExchangePlan plan, UUID id) {
        return plan.getPosts().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
