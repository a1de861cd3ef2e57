package cn.zugong.plugin.reserve.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Concealment;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.candidate.Transition;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import cn.zugong.plugin.reserve.eligibility.Eligibility;
import cn.zugong.plugin.reserve.rules.TierRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Candidates of a batch from nomination to approval (DOMAIN §3.4): eligibility at the batch's
 * reference date on nomination (V-R3), the state machine's steps, and the refusal of approval on a
 * concealment finding (V-R2) read through {@link ConcealmentFacts}.
 */
public final class CandidateService {

    private final PluginContext context;
    private final RuleSource rules;
    private final BatchService batches;
    private final ConcealmentFacts concealment;
    private final RegistryFacts registry;

    public CandidateService(PluginContext context, ConcealmentFacts concealment) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.batches = new BatchService(context);
        this.concealment = concealment;
        this.registry = new RegistryFacts(context);
    }

    public List<Candidate> candidates(TenantId county, UUID batchId) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).candidates(batchId));
    }

    /** Nominates a cadre of the county to a batch; the problems if refused. */
    public List<Problem> nominate(TenantId county, UUID batchId, Nomination nomination) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<Batch> batch = batches.batch(county, batchId);
        Optional<CadreRef> cadre = context.cadres()
                .find(nomination.cadreId())
                .filter(c -> c.tenant().equals(county) && c.active());
        if (batch.isEmpty() || cadre.isEmpty()) {
            return List.of(Problem.of("cadre", "reserve.nominate.unknownCadre"));
        }
        if (candidates(county, batchId).stream().anyMatch(c -> c.cadreId().equals(nomination.cadreId()))) {
            return List.of(
                    Problem.of("cadre", "reserve.nominate.already", cadre.get().name()));
        }
        List<Problem> problems = new ArrayList<>();
        if (nomination.source().hasTally()) {
            problems.addAll(nomination
                    .tally()
                    .map(t -> Tally.problems(t.votes(), t.ballots()))
                    .orElse(List.of(Problem.of("ballots", "reserve.tally.ballots"))));
        }
        TierRule tier = rules.rules(county, batch.get().referenceDate())
                .tier(batch.get().tier())
                .orElseThrow(() -> new IllegalStateException(
                        "batch of an unknown tier " + batch.get().tier()));
        List<cn.zugong.api.career.Holding> holdings = context.careers()
                .of(nomination.cadreId())
                .filter(c -> c.tenant().equals(county))
                .map(CadreCareer::holdings)
                .orElse(List.of());
        problems.addAll(Eligibility.check(
                tier,
                cadre.get().birthDate(),
                registry.profile(county, nomination.cadreId()).flatMap(RegistryFacts::education),
                holdings,
                batch.get().referenceDate()));
        if (!problems.isEmpty()) {
            return problems;
        }
        Candidate candidate = new Candidate(
                UUID.randomUUID(),
                batchId,
                nomination.cadreId(),
                cadre.get().name(),
                cadre.get().birthDate().orElseThrow(),
                nomination.source(),
                nomination.source().hasTally() ? nomination.tally() : Optional.empty(),
                Optional.empty(),
                nomination.horizon(),
                CandidateState.NOMINATED,
                rules.today(),
                Optional.empty(),
                Optional.empty());
        context.persistence().run(em -> new ReserveRepository(em, county)
                .addCandidate(candidate, context.clock().instant()));
        context.audit()
                .record(
                        AuditedActions.CANDIDATE_NOMINATE,
                        AuditedActions.CANDIDATE,
                        candidate.id().toString(),
                        candidate.name(),
                        Map.of(),
                        Map.of(
                                "batch",
                                batchId.toString(),
                                "source",
                                nomination.source().name()));
        return List.of();
    }

    /** Moves a candidate one step; the problems if refused. */
    public List<Problem> move(TenantId county, Candidate candidate, CandidateState to, Optional<Double> examScore) {
        Counties.requireWritable(context.tenancy(), county);
        Concealment concealed =
                to == CandidateState.APPROVED ? concealment.of(county, candidate.cadreId()) : Concealment.UNKNOWN;
        List<Problem> problems = Transition.check(candidate.state(), to, examScore, concealed);
        if (!problems.isEmpty()) {
            return problems;
        }
        Optional<Candidate> moved = context.persistence().inTransaction(em -> new ReserveRepository(em, county)
                .move(
                        candidate.id(),
                        to,
                        examScore,
                        rules.today(),
                        context.clock().instant()));
        if (moved.isEmpty()) {
            return List.of(Problem.of("cadre", "reserve.nominate.unknownCadre"));
        }
        context.audit()
                .record(
                        AuditedActions.CANDIDATE_MOVE,
                        AuditedActions.CANDIDATE,
                        candidate.id().toString(),
                        candidate.name(),
                        Map.of("state", candidate.state().name()),
                        Map.of("state", to.name()));
        return List.of();
    }
}
