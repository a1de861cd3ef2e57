package cn.zugong.core.selection.application;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadrePartsService;
import cn.zugong.core.cadre.application.CadreStatusService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.unit.UnitType;
import cn.zugong.core.validation.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Applies a decided case to the registry: the appointed cadre's new post holding (the previous
 * main post ended), the removed post ended, or the retirement recorded, so that the unit's
 * occupancy follows; then the domain events for plugins. The term starts on the decision date
 * (a party committee's decision, DOMAIN 5.6).
 */
@ApplicationScoped
@Transactional
public class ApplyService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CaseJournal journal;

    @Inject
    GateService gates;

    @Inject
    CadrePartsService parts;

    @Inject
    CadreStatusService statuses;

    @Inject
    CaseEvents events;

    @Inject
    QuotaService quotas;

    Clock clock = Clock.systemDefaultZone();

    /**
     * Issues the decision: appointment (renzhi tongzhi, with the appointment talk), removal or
     * retirement, under a document number. A trial year runs when {@code probation} is set.
     */
    public SelectionCase apply(
            UUID caseId, String documentNo, LocalDate issuedOn, LocalDate talkOn, boolean probation) {
        SelectionCase c = Steps.at(new CaseStore(em).writable(caseId), SelectionStep.APPOINTMENT);
        gates.requireNoBlocks(c);
        List<Problem> problems = new ArrayList<>();
        String doc = Texts.strip(documentNo);
        if (doc == null) {
            problems.add(new Problem("documentNo", "selection.documentNo.required"));
        } else if (doc.length() > 100) {
            problems.add(new Problem("documentNo", "selection.text.tooLong", List.of(100)));
        }
        LocalDate today = LocalDate.now(clock);
        if (issuedOn == null) {
            problems.add(new Problem("issuedOn", "selection.date.required"));
        } else if (issuedOn.isBefore(c.getDecidedOn()) || issuedOn.isAfter(today)) {
            problems.add(new Problem("issuedOn", "selection.issuedOn.range"));
        }
        if (talkOn != null && (talkOn.isBefore(c.getDecidedOn()) || talkOn.isAfter(today))) {
            problems.add(new Problem("talkOn", "selection.talkOn.range"));
        }
        StepService.refuse(problems);
        c.setDocumentNo(doc);
        c.setAppointedOn(issuedOn);
        c.setTalkOn(talkOn);
        TenantId tenant = new TenantId(c.getTenantId());
        switch (c.getKind()) {
            case APPOINT -> appoint(c, tenant, probation);
            case REMOVE -> {
                endHoldings(
                        c.getSubjectCadreId(), h -> c.getPositionId().equals(h.getPositionId()), c.getDecidedOn(), doc);
                finish(c);
                events.emit(new CadreEvent.Removed(
                        tenant, c.getSubjectCadreId(), c.getId(), c.getDecidedOn(), c.getPositionId(), doc));
            }
            case RETIRE -> {
                endHoldings(c.getSubjectCadreId(), h -> true, c.getDecidedOn(), doc);
                statuses.changeStatus(c.getSubjectCadreId(), CadreStatus.RETIRED, c.getDecidedOn(), doc);
                finish(c);
                events.emit(new CadreEvent.Retired(tenant, c.getSubjectCadreId(), c.getId(), c.getDecidedOn(), doc));
            }
        }
        return c;
    }

    private void appoint(SelectionCase c, TenantId tenant, boolean probation) {
        UUID cadre = c.getChosenCadreId();
        UnitPosition position = em.find(UnitPosition.class, c.getPositionId());
        OrgUnit unit = em.find(OrgUnit.class, position.getUnitId());
        boolean promotion = gates.promotion(cadre, Optional.ofNullable(position.getPostLevel()));
        LocalDate start = c.getDecidedOn();
        endHoldings(cadre, PostHolding::isMainPost, start, c.getDocumentNo());
        PostHolding holding = new PostHolding();
        holding.setPositionId(position.getId());
        holding.setUnitId(unit.getId());
        holding.setUnitName(unit.getName());
        holding.setTitle(position.getTitle());
        holding.setPostLevel(position.getPostLevel());
        holding.setPrincipal(position.isPrincipal());
        holding.setMainPost(true);
        holding.setStartDate(start);
        holding.setMethod(position.getSelection());
        holding.setDocumentNo(c.getDocumentNo());
        holding.setTrial(probation);
        parts.saveHolding(cadre, holding);
        em.flush();
        c.setLeftOverQuota(quotas.ofUnit(unit.getId())
                .map(q -> position.isPrincipal() ? q.principalOverStaffed() : q.deputyOverStaffed())
                .orElse(false));
        c.setProbation(probation);
        c.setProbationUntil(probation ? start.plusYears(1) : null);
        journal.record(
                c,
                "appoint",
                "cadre",
                cadre,
                "position",
                position.getId(),
                "documentNo",
                c.getDocumentNo(),
                "issuedOn",
                c.getAppointedOn(),
                "talkOn",
                c.getTalkOn(),
                "termStart",
                start,
                "promotion",
                promotion,
                "probationUntil",
                c.getProbationUntil(),
                "overQuota",
                c.isLeftOverQuota() ? true : null);
        if (probation) {
            c.moveTo(SelectionStep.PROBATION, clock.instant());
            journal.record(c, "advance", "from", SelectionStep.APPOINTMENT, "to", SelectionStep.PROBATION);
        } else {
            finish(c);
        }
        events.emit(new CadreEvent.Appointed(
                tenant, cadre, c.getId(), start, position.getId(), promotion, probation, c.getDocumentNo()));
    }

    /** The end of the trial year: confirmed in the post, or removed from it (back to the prior rank). */
    public SelectionCase endProbation(UUID caseId, boolean confirmed, LocalDate on, String note) {
        SelectionCase c = Steps.at(new CaseStore(em).writable(caseId), SelectionStep.PROBATION);
        if (on == null || on.isBefore(c.getDecidedOn()) || on.isAfter(LocalDate.now(clock))) {
            throw Steps.problem("endedOn", "selection.probation.range");
        }
        String text = Texts.strip(note);
        if (text != null && text.length() > 1000) {
            throw Steps.problem("note", "selection.text.tooLong", 1000);
        }
        for (PostHolding h : trialHoldings(c)) {
            em.detach(h);
            if (confirmed) {
                h.setTrial(false);
            } else {
                h.setEndDate(on);
                h.setEndDocumentNo(text);
            }
            parts.saveHolding(c.getChosenCadreId(), h);
        }
        c.setProbationConfirmed(confirmed);
        journal.record(c, "probation.end", "confirmed", confirmed, "on", on, "note", text);
        if (!confirmed) {
            restorePrior(c, on);
        }
        finish(c);
        events.emit(new CadreEvent.ProbationEnded(
                new TenantId(c.getTenantId()), c.getChosenCadreId(), c.getId(), on, c.getPositionId(), confirmed));
        return c;
    }

    /**
     * After a trial ended unconfirmed, the cadre goes back to the post held before (DOMAIN 4.2):
     * the main post the appointment ended is held again from the end of the trial, and the file's
     * current post and level follow it. Without such a post (a first leadership post), the file
     * keeps what it says.
     */
    private void restorePrior(SelectionCase c, LocalDate on) {
        UUID cadre = c.getChosenCadreId();
        Optional<PostHolding> prior = gates.holdings(cadre).stream()
                .filter(h -> h.isMainPost()
                        && h.getEndDate() != null
                        && !c.getPositionId().equals(h.getPositionId())
                        && c.getDocumentNo().equals(h.getEndDocumentNo()))
                .max(Comparator.comparing(PostHolding::getStartDate));
        if (prior.isEmpty()) {
            return;
        }
        PostHolding before = prior.get();
        PostHolding again = new PostHolding();
        again.setPositionId(before.getPositionId());
        again.setUnitId(before.getUnitId());
        again.setUnitName(before.getUnitName());
        again.setTitle(before.getTitle());
        again.setPostLevel(before.getPostLevel());
        again.setPrincipal(before.isPrincipal());
        again.setMainPost(true);
        again.setStartDate(on);
        again.setMethod(before.getMethod());
        parts.saveHolding(cadre, again);
        Cadre file = em.find(Cadre.class, cadre);
        file.setPostLevel(before.getPostLevel());
        journal.record(
                c, "probation.restored", "cadre", cadre, "post", before.getUnitName() + before.getTitle(), "on", on);
    }

    private List<PostHolding> trialHoldings(SelectionCase c) {
        return gates.holdings(c.getChosenCadreId()).stream()
                .filter(h -> h.isTrial()
                        && h.getEndDate() == null
                        && c.getPositionId().equals(h.getPositionId()))
                .toList();
    }

    private void endHoldings(UUID cadre, Predicate<PostHolding> which, LocalDate on, String doc) {
        for (PostHolding h : gates.holdings(cadre)) {
            if (h.getEndDate() == null && which.test(h)) {
                em.detach(h);
                h.setEndDate(h.getStartDate().isAfter(on) ? h.getStartDate() : on);
                h.setEndDocumentNo(doc);
                parts.saveHolding(cadre, h);
            }
        }
    }

    private void finish(SelectionCase c) {
        c.setStatus(CaseStatus.DONE);
        c.setStepSince(clock.instant());
        journal.record(c, "done");
    }

    /**
     * Whether a trial year applies (DOMAIN 4.2), proposed to the officer who decides: a promotion to
     * a post that is not elected, the deputy post of a working department or a post of an internal
     * organ (neisheng jigou).
     */
    public boolean trialProposed(UUID caseId) {
        SelectionCase c = new CaseStore(em).read(caseId);
        if (c.getKind() != SelectionKind.APPOINT || c.getChosenCadreId() == null) {
            return false;
        }
        UnitPosition position = em.find(UnitPosition.class, c.getPositionId());
        OrgUnit unit = em.find(OrgUnit.class, position.getUnitId());
        boolean kindOfPost = unit.getType() == UnitType.INTERNAL_ORGAN
                || unit.getType() == UnitType.WORKING_DEPARTMENT && !position.isPrincipal();
        return kindOfPost
                && position.getSelection() != AppointmentMethod.ELECTED
                && gates.promotion(c.getChosenCadreId(), Optional.ofNullable(position.getPostLevel()));
    }
}
