package cn.zugong.core.selection.application.gate;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.selection.eligibility.InspectionNotice;
import cn.zugong.core.selection.eligibility.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * The timing of the inspection notice at the decision ({@link InspectionNotice}, DOMAIN 4.3): a
 * [P] rule, so outside the pack's window of working days it only warns, naming the days counted.
 */
@ApplicationScoped
public class InspectionNoticeGate implements AppointmentGate {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    EligibilityService eligibility;

    @Inject
    CalendarService calendar;

    @Override
    public String id() {
        return "core.inspection-notice";
    }

    @Override
    public String nameKey() {
        return "selection.gate.notice.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("selection.gate.notApplicable");
        }
        SelectionCase c = em.find(SelectionCase.class, candidate.caseId());
        EligibilityFinding f = InspectionNotice.check(
                eligibility.rules(c.getTenantId(), candidate.at()),
                calendar.workingDays(candidate.tenant()),
                c.procedure().getNoticeOn(),
                c.procedure().getInspectionFrom());
        String[] args = f.textArgs();
        return f.outcome() == Outcome.PASS
                ? GateResult.pass(f.messageKey(), args)
                : GateResult.warning(f.messageKey(), args).withEvidence("selection/" + c.getId());
    }
}
