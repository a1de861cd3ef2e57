package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reports received during the publicity (objections) and the result of looking into them. */
final class ObjectionStep {

    private final StepService steps;

    ObjectionStep(StepService steps) {
        this.steps = steps;
    }

    /** A report received during the publicity. */
    SelectionObjection recordObjection(UUID caseId, LocalDate receivedOn, String summary) {
        return add(Steps.at(new CaseStore(steps.em).writable(caseId), SelectionStep.PUBLICITY), receivedOn, summary);
    }

    /**
     * A report the public channel received about the case's candidate: no user files it, the
     * platform does, in the county the sender chose (the request's writable tenant), and only while
     * the case is open in its publicity.
     */
    SelectionObjection recordPublicObjection(UUID caseId, LocalDate receivedOn, String summary) {
        String county = TenancyHolder.current()
                .writable()
                .orElseThrow(() -> new IllegalStateException("A public objection needs the county to write in"))
                .code();
        SelectionCase c = caseId == null ? null : steps.em.find(SelectionCase.class, caseId);
        if (c == null || !county.equals(c.getTenantId())) {
            throw new CaseNotFoundException();
        }
        return add(Steps.at(Steps.open(c), SelectionStep.PUBLICITY), receivedOn, summary);
    }

    private SelectionObjection add(SelectionCase c, LocalDate receivedOn, String summary) {
        if (c.publicity().getPublicityFrom() == null) {
            throw Steps.problem("publicity", "selection.publicity.notStarted");
        }
        List<Problem> problems = new ArrayList<>();
        steps.day(receivedOn, "receivedOn", problems);
        String text = Texts.strip(summary);
        if (text == null) {
            problems.add(new Problem("summary", "selection.objection.summary"));
        } else if (text.length() > 1000) {
            problems.add(new Problem("summary", "selection.text.tooLong", List.of(1000)));
        }
        StepService.refuse(problems);
        SelectionObjection o = new SelectionObjection(c.getId());
        o.setReceivedOn(receivedOn);
        o.setSummary(text);
        steps.em.persist(o);
        steps.journal.record(c, "objection", "receivedOn", receivedOn, "summary", text);
        return o;
    }

    /**
     * The result of looking into a report. One that affects the appointment stops the case
     * (rejected, with the resolution as the reason).
     */
    SelectionObjection resolveObjection(UUID caseId, UUID objectionId, boolean affects, String resolution) {
        CaseStore store = new CaseStore(steps.em);
        SelectionCase c = Steps.at(store.writable(caseId), SelectionStep.PUBLICITY);
        SelectionObjection o = store.objections(caseId).stream()
                .filter(x -> x.getId().equals(objectionId))
                .findFirst()
                .orElseThrow(() -> Steps.problem("objection", "selection.objection.notFound"));
        String text = Texts.strip(resolution);
        if (text == null) {
            throw Steps.problem("resolution", "selection.objection.resolution");
        }
        if (text.length() > 1000) {
            throw Steps.problem("resolution", "selection.text.tooLong", 1000);
        }
        o.setAffects(affects);
        o.setResolution(text);
        steps.journal.record(c, "objection.resolved", "objection", objectionId, "affects", affects, "resolution", text);
        if (affects) {
            c.setStatus(CaseStatus.REJECTED);
            c.setStatusReason(text);
            steps.journal.record(c, "stopped", "reason", text);
        }
        return o;
    }
}
