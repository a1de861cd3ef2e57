package cn.zugong.core.selection.application.gate;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.HardRule;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's gate on the post quota (zhishu, [V]): an appointment that would leave the unit
 * holding more posts of the kind (principal or deputy) than approved is blocked (chao zhishu
 * peibei). It counts exactly as the quota overview does ({@link QuotaService#afterAppointment}, the
 * one occupancy rule): the unit's posts held today without the candidate's own (the appointment
 * ends their main post, so a move within the unit adds none), plus the new one. The block is hard;
 * only a recorded post quota adjustment ({@link ExceptionKind#QUOTA_ADJUSTMENT}) satisfies it. Asked at
 * initiation, before leaving the inspection and at the decision.
 */
@ApplicationScoped
public class QuotaGate implements AppointmentGate, HardRule {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    QuotaService quotas;

    @Override
    public String id() {
        return "core.quota";
    }

    @Override
    public String nameKey() {
        return "selection.gate.quota.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("selection.gate.notApplicable");
        }
        SelectionCase c = em.find(SelectionCase.class, candidate.caseId());
        UnitPosition position = em.find(UnitPosition.class, c.getPositionId());
        boolean principal = position.isPrincipal();
        Optional<UnitQuota> now = quotas.ofUnit(position.getUnitId());
        Optional<UnitQuota> after = quotas.afterAppointment(
                position.getUnitId(), candidate.cadreId(), principal, position.getPostLevel() != null);
        if (now.isEmpty() || after.isEmpty() || position.getPostLevel() == null) {
            return GateResult.pass("selection.gate.notApplicable");
        }
        int approved = principal ? now.get().principalApproved() : now.get().deputyApproved();
        int held = principal ? now.get().principalOccupied() : now.get().deputyOccupied();
        int then = principal ? after.get().principalOccupied() : after.get().deputyOccupied();
        String[] args = {String.valueOf(approved), String.valueOf(held), String.valueOf(then)};
        if (then <= approved) {
            return GateResult.pass("selection.gate.quota.within", args);
        }
        return GateResult.block("selection.gate.quota.exceeded", args).withEvidence("units/" + position.getUnitId());
    }

    @Override
    public Optional<ExceptionKind> exceptionFor(GateResult block) {
        return Optional.of(ExceptionKind.QUOTA_ADJUSTMENT);
    }
}
