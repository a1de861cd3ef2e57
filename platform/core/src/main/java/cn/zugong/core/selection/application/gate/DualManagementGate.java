package cn.zugong.core.selection.application.gate;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.application.ProcedureChecks;
import cn.zugong.core.selection.domain.HardRule;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.DualManagement;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.eligibility.EligibilityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The dual-management consultation at the decision ({@link DualManagement}, DOMAIN 5.5), as of the
 * check's day: a hard rule, so a failure blocks (and the meeting is refused while it fails, {@code
 * StepService.recordMeeting}); the deputy post the main manager decides after a disagreement warns.
 */
@ApplicationScoped
public class DualManagementGate implements AppointmentGate, HardRule {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    EligibilityService eligibility;

    @Override
    public String id() {
        return "core.dual-management";
    }

    @Override
    public String nameKey() {
        return "selection.gate.dual.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        SelectionCase c = em.find(SelectionCase.class, candidate.caseId());
        Optional<EligibilityFinding> finding = new ProcedureChecks(em)
                .dualManagement(c, eligibility.rules(c.getTenantId(), candidate.at()), candidate.at());
        if (finding.isEmpty()) {
            return GateResult.pass("selection.gate.dual.notDual");
        }
        EligibilityFinding f = finding.get();
        String[] args = f.textArgs();
        return switch (f.outcome()) {
            case PASS -> GateResult.pass(f.messageKey(), args);
            case WARNING -> GateResult.warning(f.messageKey(), args).withEvidence("selection/" + c.getId());
            case FAIL -> GateResult.block(f.messageKey(), args).withEvidence("selection/" + c.getId());
        };
    }
}
