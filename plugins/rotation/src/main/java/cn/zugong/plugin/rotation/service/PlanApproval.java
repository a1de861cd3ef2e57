package cn.zugong.plugin.rotation.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.Exchange;
import cn.zugong.plugin.rotation.data.ExchangeRepository;
import cn.zugong.plugin.rotation.data.PlanRepository;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An officer approves a saved draft: scored afresh (the registry may have changed since it was
 * solved), refused while a hard rule is broken or nobody moves; then each move opens a selection
 * case of kind 交流 in the selection module (SDK {@code openExchange}: 调任/转任, the 第四条 reason, the
 * plan's name), so the statutory steps and gates apply, and an exchange case that follows it. A move
 * that already opened its case (an approval cut short) is not opened twice.
 */
public final class PlanApproval {

    private final PluginContext context;
    private final PlanDrafts drafts;
    private final PlanSolving solving;
    private final DueService due;

    public PlanApproval(PluginContext context) {
        this.context = context;
        this.drafts = new PlanDrafts(context);
        this.solving = new PlanSolving(context);
        this.due = new DueService(context);
    }

    public List<Problem> approve(TenantId county, UUID planId) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<SavedPlan> found = drafts.find(county, planId);
        if (found.isEmpty()) {
            return List.of(Problem.of("plan", "rotation.plan.error.notFound"));
        }
        SavedPlan plan = found.get();
        if (plan.status() != PlanStatus.DRAFT) {
            return List.of(Problem.of("plan", "rotation.plan.error.approved"));
        }
        List<SavedPlan.Move> moving =
                plan.moves().stream().filter(m -> m.positionId().isPresent()).toList();
        if (moving.isEmpty()) {
            return List.of(Problem.of("plan", "rotation.plan.error.noMove"));
        }
        PlanSolving.Solved scored = solving.score(county, plan);
        if (scored.score().hardScore() < 0) {
            return List.of(Problem.of(
                    "plan", "rotation.plan.error.hard", scored.score().hardScore()));
        }
        LocalDate today = due.today();
        for (SavedPlan.Move move : moving) {
            if (move.caseId().isPresent()) {
                continue;
            }
            SavedPlan.Post post = plan.posts().stream()
                    .filter(p -> p.positionId().equals(move.positionId().get()))
                    .findFirst()
                    .orElseThrow();
            CaseRef opened;
            try {
                opened = context.selectionCases()
                        .openExchange(new ExchangeRequest(
                                move.cadreId(),
                                post.positionId(),
                                move.exchangeType(),
                                move.exchangeReason(),
                                plan.name()));
            } catch (IllegalArgumentException | SecurityException e) {
                return List.of(Problem.of("plan", "rotation.plan.error.caseRefused", move.name()));
            }
            Exchange exchange = new Exchange(
                    null,
                    planId,
                    move.cadreId(),
                    move.name(),
                    post.positionId(),
                    post.unitName(),
                    post.title(),
                    move.exchangeType(),
                    move.exchangeReason(),
                    opened.id(),
                    ExchangeStatus.PLAN_DRAFTED,
                    today,
                    ExchangeFile.empty(),
                    Optional.empty());
            context.persistence().run(em -> {
                new PlanRepository(em, county).caseOpened(planId, move.cadreId(), opened.id());
                new ExchangeRepository(em, county).add(exchange);
            });
        }
        context.persistence().run(em -> new PlanRepository(em, county).approve(planId, today));
        context.audit()
                .record(
                        AuditedActions.PLAN_APPROVE,
                        AuditedActions.PLAN,
                        planId.toString(),
                        plan.name(),
                        Map.of("status", PlanStatus.DRAFT.name()),
                        Map.of("status", PlanStatus.APPROVED.name(), "moves", moving.size()));
        return List.of();
    }
}
