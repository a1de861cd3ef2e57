package cn.zugong.core.selection.application;

import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.SelectionRow;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.SelectionWithdrawal;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Loads a case and its parts, within what the caller reads or writes. */
final class CaseStore {

    private final EntityManager em;

    CaseStore(EntityManager em) {
        this.em = em;
    }

    /** A case the caller reads. */
    SelectionCase read(UUID caseId) {
        SelectionCase c = caseId == null ? null : em.find(SelectionCase.class, caseId);
        if (c == null || !CountyAccess.readable().contains(c.getTenantId())) {
            throw new CaseNotFoundException();
        }
        return c;
    }

    /** An open case of the writer's own county; read-only callers are refused. */
    SelectionCase writable(UUID caseId) {
        String tenant = CountyAccess.requireWriter();
        SelectionCase c = caseId == null ? null : em.find(SelectionCase.class, caseId);
        if (c == null || !tenant.equals(c.getTenantId())) {
            throw new CaseNotFoundException();
        }
        return c;
    }

    List<SelectionCandidate> candidates(UUID caseId) {
        return rows(SelectionCandidate.class, caseId, "intended desc, r.id");
    }

    List<SelectionMeeting> meetings(UUID caseId) {
        return rows(SelectionMeeting.class, caseId, "heldOn, r.recordedAt");
    }

    List<SelectionVote> votes(UUID caseId) {
        return rows(SelectionVote.class, caseId, "meetingId, r.voteOrder, r.member");
    }

    List<SelectionObjection> objections(UUID caseId) {
        return rows(SelectionObjection.class, caseId, "receivedOn");
    }

    List<GateRecord> gates(UUID caseId) {
        return rows(GateRecord.class, caseId, "checkedAt, r.gateId");
    }

    List<RecordedException> exceptions(UUID caseId) {
        return rows(RecordedException.class, caseId, "recordedAt, r.id");
    }

    List<SelectionWithdrawal> withdrawals(UUID caseId) {
        return rows(SelectionWithdrawal.class, caseId, "meetingId, r.member");
    }

    private <T extends SelectionRow> List<T> rows(Class<T> type, UUID caseId, String order) {
        return em.createQuery(
                        "select r from " + type.getSimpleName() + " r where r.caseId = :case and r.tenantId in :t"
                                + " order by r." + order,
                        type)
                .setParameter("case", caseId)
                .setParameter("t", CountyAccess.readable())
                .getResultList();
    }
}
