package cn.zugong.plugin.reserve.service;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import cn.zugong.plugin.reserve.rules.ExitReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The pool's members leaving it (DOMAIN §3.4): 使用 when the platform reports a member appointed to
 * a higher post through a selection case, and 调整出库 with one of the county's exit reasons.
 */
public final class PoolService {

    private final PluginContext context;
    private final RuleSource rules;

    public PoolService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    /** The county's approved members, every batch's, by name. */
    public List<Candidate> members(TenantId county) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).members());
    }

    /** The exit reasons the county offers today. */
    public List<ExitReason> exitReasons(TenantId county) {
        return rules.rules(county, rules.today()).exitReasons();
    }

    /** A member leaves the pool for {@code reason}; the problems if refused. */
    public List<Problem> exit(TenantId county, UUID candidateId, ExitReason reason) {
        Counties.requireWritable(context.tenancy(), county);
        if (!exitReasons(county).contains(reason)) {
            return List.of(Problem.of("reason", "reserve.exit.notOffered"));
        }
        Optional<Candidate> left = context.persistence().inTransaction(em -> new ReserveRepository(em, county)
                .leave(
                        candidateId,
                        CandidateState.EXITED,
                        Optional.of(reason),
                        Optional.empty(),
                        rules.today(),
                        context.clock().instant()));
        if (left.isEmpty()) {
            return List.of(Problem.of("state", "reserve.exit.notMember"));
        }
        audit(AuditedActions.MEMBER_EXIT, left.get(), Map.of("reason", reason.name()));
        return List.of();
    }

    /**
     * 使用: a promotion closes every membership of the appointed cadre in the county's pool as
     * promoted, with the case. An appointment that is not a promotion (a lateral move) leaves the
     * pool as it is. Returns the memberships closed.
     */
    public List<Candidate> onAppointed(CadreEvent.Appointed event) {
        if (!event.promotion()) {
            return List.of();
        }
        TenantId county = event.tenant();
        List<Candidate> closed = context.persistence().inTransaction(em -> {
            ReserveRepository repository = new ReserveRepository(em, county);
            return repository.members().stream()
                    .filter(c -> c.cadreId().equals(event.cadreId()))
                    .map(c -> repository.leave(
                            c.id(),
                            CandidateState.PROMOTED,
                            Optional.empty(),
                            Optional.of(event.caseId()),
                            event.effective(),
                            context.clock().instant()))
                    .flatMap(Optional::stream)
                    .toList();
        });
        closed.forEach(c -> audit(
                AuditedActions.MEMBER_PROMOTED, c, Map.of("case", event.caseId().toString())));
        return closed;
    }

    private void audit(String action, Candidate candidate, Map<String, Object> after) {
        context.audit()
                .record(
                        action,
                        AuditedActions.CANDIDATE,
                        candidate.id().toString(),
                        candidate.name(),
                        Map.of("state", CandidateState.APPROVED.name()),
                        after);
    }
}
