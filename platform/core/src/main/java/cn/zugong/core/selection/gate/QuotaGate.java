package cn.zugong.core.selection.gate;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.selection.SelectionCase;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's gate on the post quota (zhishu): appointing to a post of a unit whose approved
 * posts at that level are all held is blocked (chao zhishu peibei), unless the candidate already
 * holds one of them (a move within the unit).
 */
@ApplicationScoped
public class QuotaGate implements AppointmentGate {

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
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("selection.gate.notApplicable");
        }
        SelectionCase c = em.find(SelectionCase.class, candidate.caseId());
        UnitPosition position = em.find(UnitPosition.class, c.getPositionId());
        Optional<UnitQuota> quota = quotas.ofUnit(position.getUnitId());
        if (quota.isEmpty()) {
            return GateResult.pass("selection.gate.notApplicable");
        }
        UnitQuota q = quota.get();
        int approved = position.isPrincipal() ? q.principalApproved() : q.deputyApproved();
        int occupied = position.isPrincipal() ? q.principalOccupied() : q.deputyOccupied();
        if (occupied < approved || holdsThere(candidate, position)) {
            return GateResult.pass("selection.gate.quota.free", String.valueOf(approved), String.valueOf(occupied));
        }
        return GateResult.block("selection.gate.quota.full", String.valueOf(approved), String.valueOf(occupied))
                .withEvidence("units/" + position.getUnitId());
    }

    private boolean holdsThere(GateCandidate candidate, UnitPosition position) {
        return em.createQuery(
                                "select count(h) from PostHolding h where h.cadreId = :cadre and h.unitId = :unit"
                                        + " and h.endDate is null and h.mainPost = true and h.principal = :principal",
                                Long.class)
                        .setParameter("cadre", candidate.cadreId())
                        .setParameter("unit", position.getUnitId())
                        .setParameter("principal", position.isPrincipal())
                        .getSingleResult()
                > 0;
    }
}
