package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseProcedure;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.selection.eligibility.DualManagement;
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
import java.util.UUID;

/**
 * Records the written consultation of a dual-managed cadre's co-managing department before the
 * decision (shuangchong guanli, DOMAIN 5.5). The rule itself ({@link DualManagement}) is checked
 * when the decision meeting is recorded and by the decision step's gate.
 */
@ApplicationScoped
@Transactional
public class DualConsultationService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CaseJournal journal;

    Clock clock = Clock.systemDefaultZone();

    /**
     * The co-managing department (blank: the cadre is not dual-managed, and the rest is cleared),
     * when it was asked in writing, and its reply with the day it came (no reply: silence for the
     * pack's months is consent). Only until the decision.
     */
    public SelectionCase record(
            UUID caseId, String coManager, LocalDate consultedOn, DualManagement.Reply reply, LocalDate repliedOn) {
        SelectionCase c = Steps.open(new CaseStore(em).writable(caseId));
        if (c.getStep().compareTo(SelectionStep.DECISION) > 0) {
            throw Steps.problem("step", "selection.dual.step");
        }
        String manager = Texts.strip(coManager);
        List<Problem> problems = new ArrayList<>();
        if (manager != null) {
            if (manager.length() > 200) {
                problems.add(new Problem("dualManager", "selection.text.tooLong", List.of(200)));
            }
            day(consultedOn, "dualConsultedOn", problems);
            if (reply != null) {
                day(repliedOn, "dualRepliedOn", problems);
                if (consultedOn != null && repliedOn != null && repliedOn.isBefore(consultedOn)) {
                    problems.add(new Problem("dualRepliedOn", "selection.dual.replyBeforeConsultation"));
                }
            }
        }
        StepService.refuse(problems);
        CaseProcedure p = c.procedure();
        p.setDualManager(manager);
        p.setDualConsultedOn(manager == null ? null : consultedOn);
        p.setDualReply(manager == null ? null : reply);
        p.setDualRepliedOn(manager == null || reply == null ? null : repliedOn);
        journal.record(
                c,
                "dual.consultation",
                "coManager",
                manager,
                "consultedOn",
                p.getDualConsultedOn(),
                "reply",
                p.getDualReply(),
                "repliedOn",
                p.getDualRepliedOn());
        return c;
    }

    /** A required day, not in the future. */
    private void day(LocalDate date, String field, List<Problem> problems) {
        if (date == null) {
            problems.add(new Problem(field, "selection.date.required"));
        } else if (date.isAfter(LocalDate.now(clock))) {
            problems.add(new Problem(field, "selection.date.future"));
        }
    }
}
