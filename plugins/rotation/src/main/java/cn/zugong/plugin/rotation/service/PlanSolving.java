package cn.zugong.plugin.rotation.service;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.plan.ExchangePlan;
import cn.zugong.plugin.rotation.plan.MoveExplanation;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.plan.OpenPost;
import cn.zugong.plugin.rotation.plan.PlanSolver;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Solves a draft plan with Timefold within a short bound, so the page waits seconds, never half a
 * minute: {@value #DEFAULT_SECONDS} s unless the operator sets the system property {@value
 * #SECONDS_PROPERTY}, stopping earlier after a second without a better plan. The officer's pins and
 * forbids hold; the current moves are where the solver starts. Scores a draft as it stands too, for
 * the approval.
 */
public final class PlanSolving {

    public static final String SECONDS_PROPERTY = "zugong.rotation.plan.solveSeconds";
    public static final int DEFAULT_SECONDS = 3;

    private final PlanService service;
    private final DueService due;

    public PlanSolving(PluginContext context) {
        this.service = new PlanService(context);
        this.due = new DueService(context);
    }

    /** A plan solved or scored: the moves as saved records, the explanation of each, the score. */
    public record Solved(SavedPlan plan, List<MoveExplanation> explanations, HardSoftScore score) {}

    /** @throws UnreadableRulesException when the county's rule overrides cannot be read */
    public Solved solve(TenantId county, SavedPlan draft) {
        PlanSolver solver = solver();
        ExchangePlan problem = problem(county, draft);
        Map<UUID, Optional<UUID>> pins = new HashMap<>();
        Map<UUID, Set<UUID>> forbids = new HashMap<>();
        for (SavedPlan.Move move : draft.moves()) {
            if (move.pinned()) {
                pins.put(move.cadreId(), move.positionId());
            }
            forbids.put(move.cadreId(), move.forbidden());
        }
        ExchangePlan solved = solver.resolve(problem, pins, forbids);
        return result(solver, draft, solved);
    }

    /** The draft's moves scored and explained as they stand, without solving. */
    public Solved score(TenantId county, SavedPlan draft) {
        PlanSolver solver = new PlanSolver(Duration.ofSeconds(1), Duration.ofSeconds(1));
        ExchangePlan plan = problem(county, draft);
        Map<UUID, SavedPlan.Move> byCadre = byCadre(draft);
        for (Mover mover : plan.getMovers()) {
            SavedPlan.Move move = byCadre.get(mover.getCadreId());
            mover.forbid(move.forbidden());
        }
        return result(solver, draft, plan);
    }

    private ExchangePlan problem(TenantId county, SavedPlan draft) {
        List<OpenPost> posts = draft.posts().stream().map(PlanSolving::open).toList();
        Set<UUID> chosen = draft.moves().stream().map(SavedPlan.Move::cadreId).collect(Collectors.toSet());
        ExchangePlan plan = service.problem(county, Optional.of(chosen), posts, due.today());
        Map<UUID, OpenPost> byId = posts.stream().collect(Collectors.toMap(OpenPost::id, p -> p));
        Map<UUID, SavedPlan.Move> moves = byCadre(draft);
        for (Mover mover : plan.getMovers()) {
            moves.get(mover.getCadreId()).positionId().map(byId::get).ifPresent(mover::setPost);
        }
        return plan;
    }

    private static Solved result(PlanSolver solver, SavedPlan draft, ExchangePlan plan) {
        HardSoftScore score = solver.score(plan);
        Map<UUID, Mover> movers = plan.getMovers().stream().collect(Collectors.toMap(Mover::getCadreId, m -> m));
        List<SavedPlan.Move> moves = draft.moves().stream()
                .map(m -> Optional.ofNullable(movers.get(m.cadreId()))
                        .map(mover -> new SavedPlan.Move(
                                m.cadreId(),
                                m.name(),
                                m.level(),
                                mover.getReason(),
                                mover.getYearsInPost(),
                                Optional.ofNullable(mover.getPost()).map(OpenPost::id),
                                m.pinned(),
                                m.forbidden(),
                                m.exchangeType(),
                                m.exchangeReason(),
                                m.caseId()))
                        .orElse(m))
                .toList();
        SavedPlan solved = new SavedPlan(
                draft.id(),
                draft.name(),
                draft.status(),
                Optional.of((long) score.hardScore()),
                Optional.of((long) score.softScore()),
                draft.createdOn(),
                draft.approvedOn(),
                draft.posts(),
                moves);
        return new Solved(solved, solver.explain(plan), score);
    }

    private static Map<UUID, SavedPlan.Move> byCadre(SavedPlan draft) {
        return draft.moves().stream().collect(Collectors.toMap(SavedPlan.Move::cadreId, m -> m, (a, b) -> a));
    }

    private static OpenPost open(SavedPlan.Post post) {
        // The SDK gives no field (熟悉专业) nor the receiving team's mix: one woman and one member under
        // 45 are assumed, so the team-mix preferences do not weigh (README, decisions to confirm).
        return new OpenPost(
                post.positionId(),
                post.unitId(),
                post.unitName(),
                post.title(),
                post.level(),
                post.kind(),
                post.principal(),
                post.seats(),
                "",
                1,
                1);
    }

    private static PlanSolver solver() {
        int seconds = Integer.getInteger(SECONDS_PROPERTY, DEFAULT_SECONDS);
        Duration limit = Duration.ofSeconds(Math.max(1, Math.min(seconds, 20)));
        return new PlanSolver(limit, Duration.ofSeconds(1));
    }
}
