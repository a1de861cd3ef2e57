package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.validation.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The exceptions the regulation allows to a hard rule, recorded as facts ({@link
 * RecordedException}): only the county's tenant-admin records one, on an open appointment case of
 * the own county, for one of its candidates, with the document number (wenhao), the approver and the
 * date of approval. Each is journaled on the case ({@code selection.exception.record}, so in the
 * audit trail and the whole-process record), and the case's current step is checked again so the
 * gate results show it at once. Everyone who reads the case reads its exceptions.
 */
@ApplicationScoped
@Transactional
public class ExceptionService {

    static final int MAX_DOCUMENT_NO = 100;
    static final int MAX_APPROVER = 200;
    static final int MAX_NOTE = 1000;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CaseJournal journal;

    @Inject
    GateService gates;

    Clock clock = Clock.systemDefaultZone();

    /** Whether the caller records exceptions: the tenant-admin of a county. */
    public static boolean mayRecord() {
        return CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN);
    }

    /**
     * Records an exception for a candidate of the case.
     *
     * @throws AccessDeniedException for anyone but a tenant-admin of the case's county
     */
    public RecordedException record(
            UUID caseId,
            UUID cadreId,
            ExceptionKind kind,
            String documentNo,
            String approver,
            LocalDate approvedOn,
            String note) {
        CaseStore store = new CaseStore(em);
        SelectionCase c = Steps.open(store.writable(caseId));
        if (!mayRecord()) {
            throw new AccessDeniedException("selection.exception.adminOnly");
        }
        Steps.requireKind(c, SelectionKind.APPOINT);
        List<Problem> problems = new ArrayList<>();
        if (cadreId == null
                || store.candidates(caseId).stream()
                        .noneMatch(k -> k.getCadreId().equals(cadreId))) {
            problems.add(new Problem("exceptionCandidate", "selection.candidate.notFound"));
        }
        if (kind == null) {
            problems.add(new Problem("exceptionKind", "selection.exception.kind.required"));
        }
        String doc = text(documentNo, "exceptionDocumentNo", MAX_DOCUMENT_NO, problems);
        String who = text(approver, "exceptionApprover", MAX_APPROVER, problems);
        if (approvedOn == null) {
            problems.add(new Problem("exceptionApprovedOn", "selection.date.required"));
        } else if (approvedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem("exceptionApprovedOn", "selection.date.future"));
        }
        String remark = Texts.strip(note);
        if (remark != null && remark.length() > MAX_NOTE) {
            problems.add(new Problem("exceptionNote", "selection.text.tooLong", List.of(MAX_NOTE)));
        }
        StepService.refuse(problems);
        if (find(caseId, cadreId, kind).isPresent()) {
            throw Steps.problem("exceptionKind", "selection.exception.already");
        }
        RecordedException e = new RecordedException(
                caseId, cadreId, kind, doc, who, approvedOn, remark, Texts.actor(), clock.instant());
        em.persist(e);
        em.flush();
        journal.record(
                c,
                "exception.record",
                "cadre",
                cadreId,
                "kind",
                kind,
                "documentNo",
                doc,
                "approver",
                who,
                "approvedOn",
                approvedOn,
                "note",
                remark);
        gates.check(c, c.getStep());
        return e;
    }

    /** The exceptions recorded on a case the caller reads, in the order recorded. */
    public List<RecordedException> of(UUID caseId) {
        new CaseStore(em).read(caseId);
        return em.createQuery(
                        "select e from RecordedException e where e.caseId = :case order by e.recordedAt, e.id",
                        RecordedException.class)
                .setParameter("case", caseId)
                .getResultList();
    }

    /**
     * The exception of a kind recorded for a candidate of a case, if any: for instance whether a
     * poge was approved ({@link ExceptionKind#BREAK_GRADE}), and when.
     */
    public Optional<RecordedException> find(UUID caseId, UUID cadreId, ExceptionKind kind) {
        return em.createQuery(
                        "select e from RecordedException e where e.caseId = :case and e.cadreId = :cadre"
                                + " and e.kind = :kind",
                        RecordedException.class)
                .setParameter("case", caseId)
                .setParameter("cadre", cadreId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst();
    }

    private static String text(String value, String field, int max, List<Problem> problems) {
        String text = Texts.strip(value);
        if (text == null) {
            problems.add(new Problem(field, "selection.exception.required"));
        } else if (text.length() > max) {
            problems.add(new Problem(field, "selection.text.tooLong", List.of(max)));
        }
        return text;
    }
}
