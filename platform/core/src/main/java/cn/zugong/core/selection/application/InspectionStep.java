package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The inspection step: the notice and team, each candidate's four checks, exceptional promotions. */
final class InspectionStep {

    private final StepService steps;

    InspectionStep(StepService steps) {
        this.steps = steps;
    }

    /**
     * The inspection notice (kaocha yugao), the day the inspection starts and the inspection team
     * (names separated by commas). The notice must come before the inspection (DOMAIN 4.3); its
     * timing in working days is a warning of the decision's gates ({@code InspectionNoticeGate}).
     * A team member who is an inspected candidate or a relative of one is refused (duty avoidance,
     * {@link cn.zugong.core.selection.eligibility.DutyAvoidance}).
     */
    SelectionCase recordNotice(UUID caseId, LocalDate noticeOn, LocalDate inspectionFrom, String team) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.INSPECTION);
        List<Problem> problems = new ArrayList<>();
        steps.day(noticeOn, "noticeOn", problems);
        if (inspectionFrom == null) {
            problems.add(new Problem("inspectionFrom", "selection.date.required"));
        } else if (noticeOn != null && !inspectionFrom.isAfter(noticeOn)) {
            problems.add(new Problem("inspectionFrom", "selection.notice.notBeforeInspection"));
        }
        String text = Texts.strip(team);
        if (text == null) {
            problems.add(new Problem("team", "selection.team.required"));
        } else if (text.length() > 500) {
            problems.add(new Problem("team", "selection.text.tooLong", List.of(500)));
        } else {
            problems.addAll(new ProcedureChecks(steps.em).teamAvoidance(c, store.candidates(caseId), text));
        }
        StepService.refuse(problems);
        c.procedure().setNoticeOn(noticeOn);
        c.procedure().setInspectionFrom(inspectionFrom);
        c.procedure().setInspectionTeam(text);
        steps.journal.record(
                c, "inspection.notice", "noticeOn", noticeOn, "inspectionFrom", inspectionFrom, "team", text);
        return c;
    }

    /**
     * The four mandatory checks and the integrity conclusion of an inspected candidate, as far as
     * they are done: a partial record is kept (what is missing is {@link Checks#missing()}), and
     * the inspection cannot end until all are done. At the decision the gates check again.
     */
    SelectionCandidate recordChecks(UUID caseId, UUID cadreId, Checks checks) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.open(store.writable(caseId));
        if (c.getStep() != SelectionStep.INSPECTION && c.getStep() != SelectionStep.DECISION) {
            throw Steps.problem("step", "selection.checks.step");
        }
        SelectionCandidate k = inspected(store, caseId, cadreId);
        List<Problem> problems = new ArrayList<>();
        steps.past(checks.fileReviewedOn(), "fileReviewedOn", problems);
        steps.past(checks.mattersCheckedOn(), "mattersCheckedOn", problems);
        steps.past(checks.disciplineOpinionOn(), "disciplineOpinionOn", problems);
        steps.past(checks.petitionsCheckedOn(), "petitionsCheckedOn", problems);
        steps.past(checks.integritySignedOn(), "integritySignedOn", problems);
        String note = Texts.strip(checks.note());
        if (note != null && note.length() > 1000) {
            problems.add(new Problem("note", "selection.text.tooLong", List.of(1000)));
        }
        StepService.refuse(problems);
        k.setFileReviewedOn(checks.fileReviewedOn());
        k.setMattersCheckedOn(checks.mattersCheckedOn());
        k.setDisciplineOpinionOn(checks.disciplineOpinionOn());
        k.setPetitionsCheckedOn(checks.petitionsCheckedOn());
        k.setIntegritySignedOn(checks.integritySignedOn());
        k.setChecksNote(note);
        steps.journal.record(
                c,
                "inspection.checks",
                "cadre",
                cadreId,
                "fileReviewedOn",
                checks.fileReviewedOn(),
                "mattersCheckedOn",
                checks.mattersCheckedOn(),
                "disciplineOpinionOn",
                checks.disciplineOpinionOn(),
                "petitionsCheckedOn",
                checks.petitionsCheckedOn(),
                "integritySignedOn",
                checks.integritySignedOn(),
                "note",
                note);
        recheckDecision(c);
        return k;
    }

    /**
     * At the decision, what the gates of the step look at changed: they check again, so their
     * results stand for what is recorded now.
     */
    private void recheckDecision(SelectionCase c) {
        if (c.getStep() == SelectionStep.DECISION) {
            steps.em.flush();
            steps.gates.check(c, SelectionStep.DECISION);
        }
    }

    /** Marks an inspected candidate as an exceptional promotion (poge), with the upper department's approval. */
    SelectionCandidate recordExceptional(UUID caseId, UUID cadreId, boolean exceptional, String approval) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.open(store.writable(caseId));
        if (c.getStep().compareTo(SelectionStep.DECISION) > 0) {
            throw Steps.problem("step", "selection.checks.step");
        }
        SelectionCandidate k = inspected(store, caseId, cadreId);
        String text = Texts.strip(approval);
        if (text != null && text.length() > 200) {
            throw Steps.problem("approval", "selection.text.tooLong", 200);
        }
        k.setExceptional(exceptional);
        k.setExceptionalApproval(exceptional ? text : null);
        steps.journal.record(c, "exceptional", "cadre", cadreId, "exceptional", exceptional, "approval", text);
        recheckDecision(c);
        return k;
    }

    private static SelectionCandidate inspected(CaseStore store, UUID caseId, UUID cadreId) {
        return store.candidates(caseId).stream()
                .filter(k -> k.getCadreId().equals(cadreId) && k.isInspected())
                .findFirst()
                .orElseThrow(() -> Steps.problem("candidate", "selection.candidate.notInspected"));
    }
}
