package cn.zugong.core.selection.application.gate;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.HardRule;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.selection.eligibility.Outcome;
import cn.zugong.core.selection.eligibility.RuleForce;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform's gate on the basic qualifications of a promotion (DOMAIN 5.1, V-S5), by the rule
 * pack of the county's province in force: a failed rule of {@link RuleForce#HARD} force ([V])
 * blocks, hard; a rule the data cannot decide, or a failed rule of {@link RuleForce#WARNING} force
 * ([P]), warns (a person confirms, and may acknowledge it). The failed or undecided rules are named
 * by their label keys ({@code @eligibility.rule.*}); the case page shows each finding in full.
 *
 * <p>Where every hard failure is one an exceptional promotion may pass over ({@link
 * EligibilityFinding#waivableByException()}: years, posts, time in post, education, and the
 * promotion being a poge at all), the block is {@code selection.gate.eligibility.fail} and a
 * recorded poge approval ({@link ExceptionKind#BREAK_GRADE}) satisfies it; where any other hard rule
 * failed (the legal and party-standing requirements and the poge limits, which even a poge must
 * meet) it is {@code selection.gate.eligibility.failFirm}, which no exception satisfies. Asked at
 * initiation, before leaving the inspection and at the decision.
 */
@ApplicationScoped
public class EligibilityGate implements AppointmentGate, HardRule {

    static final String FAIL = "selection.gate.eligibility.fail";
    static final String FAIL_FIRM = "selection.gate.eligibility.failFirm";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    EligibilityService eligibility;

    @Override
    public String id() {
        return "core.eligibility";
    }

    @Override
    public String nameKey() {
        return "selection.gate.eligibility.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT
                || !candidate.promotion()
                || candidate.targetLevel().isEmpty()) {
            return GateResult.pass("selection.gate.eligibility.notPromotion");
        }
        SelectionCase c = em.find(SelectionCase.class, candidate.caseId());
        UnitPosition position = em.find(UnitPosition.class, c.getPositionId());
        List<EligibilityFinding> findings = eligibility.check(candidate.cadreId(), position, candidate.at());
        String evidence = "cadres/" + candidate.cadreId();
        String failed = rules(findings.stream()
                .filter(f -> f.outcome() == Outcome.FAIL && f.force() == RuleForce.HARD)
                .toList());
        if (!failed.isEmpty()) {
            boolean firm = findings.stream()
                    .anyMatch(f ->
                            f.outcome() == Outcome.FAIL && f.force() == RuleForce.HARD && !f.waivableByException());
            return GateResult.block(firm ? FAIL_FIRM : FAIL, failed).withEvidence(evidence);
        }
        String undecided = rules(findings.stream()
                .filter(f ->
                        f.outcome() == Outcome.WARNING || f.outcome() == Outcome.FAIL && f.force() == RuleForce.WARNING)
                .toList());
        if (!undecided.isEmpty()) {
            return GateResult.warning("selection.gate.eligibility.warning", undecided)
                    .withEvidence(evidence);
        }
        return GateResult.pass("selection.gate.eligibility.pass");
    }

    @Override
    public Optional<ExceptionKind> exceptionFor(GateResult block) {
        return FAIL.equals(block.reasonKey()) ? Optional.of(ExceptionKind.BREAK_GRADE) : Optional.empty();
    }

    private static String rules(List<EligibilityFinding> findings) {
        return findings.stream()
                .map(f -> "@eligibility.rule." + f.rule().name())
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
