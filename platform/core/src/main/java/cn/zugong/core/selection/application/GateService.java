package cn.zugong.core.selection.application;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFacts;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledPlugin;
import cn.zugong.core.plugin.domain.PluginGate;
import cn.zugong.core.selection.domain.Findings;
import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.HardRule;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the gates of a step (renqian baguan) on the case's candidates: the platform's own and those
 * of the plugins the county has enabled. Each result is stored and journaled; a new check of a
 * step replaces that step's current results.
 *
 * <p>Rule classes ({@link Findings}): a platform gate's block of a [V] rule ({@link HardRule}) is
 * hard: nobody acknowledges it; it stands until a later check clears it or a {@link
 * RecordedException} of its kind satisfies it. Any other block (a plugin's, a [P] rule's) stands
 * until a writer acknowledges it with a reason; a warning may be acknowledged too. One
 * acknowledgement covers the same finding at later steps. Leaving a step checks its gates afresh
 * first ({@link #requireNoBlocks}).
 */
@ApplicationScoped
@Transactional
public class GateService {

    private static final Logger LOG = Logger.getLogger(GateService.class.getName());

    /** The shortest reason accepted for acknowledging a finding. */
    static final int MIN_JUSTIFICATION = 10;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    @Any
    Instance<AppointmentGate> coreGates;

    @Inject
    PluginHost plugins;

    @Inject
    PluginEnablementService enablement;

    @Inject
    CaseJournal journal;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Checks the candidates of the case at a step and stores the results. A step that no gate
     * answers for is left alone: nothing is stored or journaled.
     */
    public List<GateRecord> check(SelectionCase c, SelectionStep step) {
        List<PluginGate> gates = new ArrayList<>();
        coreGates().forEach(g -> gates.add(new PluginGate(null, g)));
        gates.addAll(plugins.gates(enablement.enabledForCurrentTenant()));
        gates.removeIf(g -> !g.gate().steps().contains(step));
        if (gates.isEmpty()) {
            return List.of();
        }
        List<UUID> cadres = candidatesAt(c, step);
        // Entity by entity, not a bulk update: results already loaded in this persistence context
        // must not keep standing as current.
        em.createQuery(
                        "select g from GateRecord g where g.caseId = :case and g.step = :step and g.currentResult = true",
                        GateRecord.class)
                .setParameter("case", c.getId())
                .setParameter("step", step)
                .getResultList()
                .forEach(g -> g.setCurrentResult(false));
        Optional<PostLevel> target = targetLevel(c);
        LocalDate today = LocalDate.now(clock);
        List<GateRecord> records = new ArrayList<>();
        for (UUID cadre : cadres) {
            GateCandidate candidate = new GateCandidate(
                    new TenantId(c.getTenantId()),
                    c.getId(),
                    cadre,
                    c.getKind(),
                    step,
                    c.getKind() == SelectionKind.APPOINT && promotion(cadre, target),
                    target.map(Enum::name),
                    today);
            for (PluginGate gate : gates) {
                records.add(store(c, candidate, gate, run(gate, candidate)));
            }
        }
        long blocks = records.stream()
                .filter(r -> r.getOutcome() == GateResult.Outcome.BLOCK)
                .count();
        long warnings = records.stream()
                .filter(r -> r.getOutcome() == GateResult.Outcome.WARNING)
                .count();
        journal.record(
                c,
                "gates.check",
                "checkedStep",
                step,
                "results",
                records.size(),
                "warnings",
                warnings,
                "blocks",
                blocks);
        return records;
    }

    /** The platform's own gates. */
    Iterable<AppointmentGate> coreGates() {
        return coreGates;
    }

    private GateResult run(PluginGate gate, GateCandidate candidate) {
        try {
            GateResult result = gate.gate().check(candidate);
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            return result;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Gate " + gate.gate().id() + " of plugin " + gate.pluginId() + " failed", e);
            if (gate.pluginId() != null) {
                plugins.fail(gate.pluginId(), gate.gate().id(), e);
            }
            return GateResult.warning("selection.gate.failed", "@" + gate.gate().nameKey());
        }
    }

    private GateRecord store(SelectionCase c, GateCandidate candidate, PluginGate gate, GateResult result) {
        boolean hard = gate.pluginId() == null
                && result.outcome() == GateResult.Outcome.BLOCK
                && gate.gate() instanceof HardRule rule
                && rule.hard(result);
        GateRecord r = new GateRecord(c.getId());
        r.setCadreId(candidate.cadreId());
        r.setStep(candidate.step());
        r.setGateId(gate.gate().id());
        r.setPluginId(gate.pluginId());
        r.setOutcome(result.outcome());
        r.setReasonKey(result.reasonKey());
        r.setReasonArgs(GateArgs.join(result.reasonArgs()));
        r.setEvidence(result.evidence().orElse(null));
        r.setCheckedAt(clock.instant());
        r.setCurrentResult(true);
        r.setHard(hard);
        r.setExceptionKind(hard ? ((HardRule) gate.gate()).exceptionFor(result).orElse(null) : null);
        em.persist(r);
        return r;
    }

    /**
     * Checks the writable case's current step again, for instance after the missing checks were
     * recorded or a plugin's list changed; the new results replace the step's current ones.
     */
    public List<GateRecord> recheck(UUID caseId) {
        SelectionCase c = Steps.open(new CaseStore(em).writable(caseId));
        journal.record(c, "gates.recheck");
        return check(c, c.getStep());
    }

    /**
     * The message key of each gate's name, by gate id: the platform's gates and those of every
     * started plugin (a case keeps results of plugins the county may have disabled since).
     */
    public Map<String, String> nameKeys() {
        Map<String, String> keys = new HashMap<>();
        coreGates().forEach(g -> keys.put(g.id(), g.nameKey()));
        Set<String> started =
                plugins.plugins().stream().map(InstalledPlugin::id).collect(Collectors.toSet());
        plugins.gates(started).forEach(g -> keys.put(g.gate().id(), g.gate().nameKey()));
        return keys;
    }

    /**
     * The current findings of the step that keep the case there: hard blocks no recorded exception
     * satisfies, and soft blocks nobody acknowledged (on this finding, at any step).
     */
    public List<GateRecord> openBlocks(SelectionCase c, SelectionStep step) {
        CaseStore store = new CaseStore(em);
        List<GateRecord> all = store.gates(c.getId());
        List<RecordedException> exceptions = store.exceptions(c.getId());
        return all.stream()
                .filter(g -> g.isCurrentResult() && g.getStep() == step)
                .filter(g -> Findings.standing(g, all, exceptions).stops())
                .toList();
    }

    /**
     * Checks the case's current step afresh and refuses to complete it while a finding stops it,
     * naming the check, the candidate and the step: a hard one first (it cannot be acknowledged).
     */
    void requireNoBlocks(SelectionCase c) {
        check(c, c.getStep());
        List<GateRecord> open = openBlocks(c, c.getStep());
        Optional<GateRecord> hard = open.stream().filter(GateRecord::isHard).findFirst();
        GateRecord first = hard.orElse(open.isEmpty() ? null : open.getFirst());
        if (first == null) {
            return;
        }
        String key = hard.isEmpty()
                ? "selection.gate.unacknowledged"
                : first.getExceptionKind() == null
                        ? "selection.gate.hardBlocked"
                        : "selection.gate.hardBlockedException";
        throw Steps.problem(
                "gates",
                key,
                "@" + nameKeys().getOrDefault(first.getGateId(), first.getGateId()),
                cadreName(first.getCadreId()),
                "@selection.step." + first.getStep(),
                first.getExceptionKind() == null ? "" : "@selection.exception.kind." + first.getExceptionKind());
    }

    /**
     * A writer's acknowledgement of a soft finding (a plugin's or a [P] rule's block, or a warning)
     * with its reason, journaled as {@code selection.gate.acknowledge}. Refused for a hard block,
     * which only a recorded exception satisfies, and for a finding already acknowledged (at this
     * or an earlier step).
     */
    public GateRecord acknowledge(UUID caseId, UUID recordId, String justification) {
        SelectionCase c = Steps.open(new CaseStore(em).writable(caseId));
        GateRecord r = em.find(GateRecord.class, recordId);
        if (r == null
                || !r.getCaseId().equals(c.getId())
                || !r.isCurrentResult()
                || r.getOutcome() == GateResult.Outcome.PASS) {
            throw Steps.problem("gate", "selection.gate.notBlocking");
        }
        if (r.isHard()) {
            throw Steps.problem("gate", "selection.gate.hard");
        }
        if (Findings.acknowledgement(r, new CaseStore(em).gates(caseId)).isPresent()) {
            throw Steps.problem("gate", "selection.gate.alreadyAcknowledged");
        }
        String text = Texts.strip(justification);
        if (text == null || text.length() < MIN_JUSTIFICATION) {
            throw Steps.problem("justification", "selection.gate.justification", MIN_JUSTIFICATION);
        }
        if (text.length() > 2000) {
            throw Steps.problem("justification", "selection.text.tooLong", 2000);
        }
        r.setOverrideBy(Texts.actor());
        r.setOverrideAt(clock.instant());
        r.setOverrideReason(text);
        journal.record(
                c,
                "gate.acknowledge",
                "gate",
                r.getGateId(),
                "cadre",
                r.getCadreId(),
                "checkedStep",
                r.getStep(),
                "reason",
                r.getReasonKey(),
                "justification",
                text);
        return r;
    }

    private String cadreName(UUID cadreId) {
        return Optional.ofNullable(em.find(Cadre.class, cadreId))
                .map(Cadre::getName)
                .orElse(cadreId.toString());
    }

    /** Who a step's gates look at: intended (or all) candidates at initiation, the inspected ones at decision. */
    private List<UUID> candidatesAt(SelectionCase c, SelectionStep step) {
        if (c.getKind() != SelectionKind.APPOINT) {
            return List.of(c.getSubjectCadreId());
        }
        List<SelectionCandidate> all = new CaseStore(em).candidates(c.getId());
        List<SelectionCandidate> chosen =
                switch (step) {
                    case INITIATION, RECOMMENDATION, CANDIDATES -> all;
                    default ->
                        all.stream().filter(SelectionCandidate::isInspected).toList();
                };
        return chosen.stream().map(SelectionCandidate::getCadreId).toList();
    }

    private Optional<PostLevel> targetLevel(SelectionCase c) {
        if (c.getKind() != SelectionKind.APPOINT || c.getPositionId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(UnitPosition.class, c.getPositionId()))
                .map(UnitPosition::getPostLevel);
    }

    /** Whether the post is above the cadre's current main post (a first leadership post counts). */
    boolean promotion(UUID cadre, Optional<PostLevel> target) {
        if (target.isEmpty()) {
            return false;
        }
        Optional<PostHolding> current = CadreFacts.currentMain(holdings(cadre));
        return current.map(PostHolding::getPostLevel)
                .map(level -> target.get().ordinal() < level.ordinal())
                .orElse(true);
    }

    List<PostHolding> holdings(UUID cadre) {
        return em.createQuery("select h from PostHolding h where h.cadreId = :cadre", PostHolding.class)
                .setParameter("cadre", cadre)
                .getResultList();
    }
}
