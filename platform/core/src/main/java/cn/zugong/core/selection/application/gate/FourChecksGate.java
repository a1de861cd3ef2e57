package cn.zugong.core.selection.application.gate;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.HardRule;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The platform's gate on the four mandatory checks before a promotion decision (fanti sibi,
 * DOMAIN 4.3, 4.8): the personnel file, the personal-matters report, the discipline commission's
 * opinion and the specific petitions, plus the signed integrity conclusion and, for an exceptional
 * promotion, the upper department's approval recorded as a {@link RecordedException} of kind
 * {@link ExceptionKind#BREAK_GRADE} (a free-text note is not an approval). Anything missing blocks,
 * hard ([V]): no exception satisfies it, the case cannot leave the inspection (and so cannot reach
 * the decision) nor decide while it stands. Each missing item is named by its message key (an
 * argument starting with {@code @}).
 */
@ApplicationScoped
public class FourChecksGate implements AppointmentGate, HardRule {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Override
    public String id() {
        return "core.four-checks";
    }

    @Override
    public String nameKey() {
        return "selection.gate.checks.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INSPECTION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("selection.gate.notApplicable");
        }
        SelectionCandidate k = em.createQuery(
                        "select k from SelectionCandidate k where k.caseId = :case and k.cadreId = :cadre",
                        SelectionCandidate.class)
                .setParameter("case", candidate.caseId())
                .setParameter("cadre", candidate.cadreId())
                .getSingleResult();
        List<String> missing = new ArrayList<>();
        add(missing, k.getFileReviewedOn() == null, "fileReviewedOn");
        add(missing, k.getMattersCheckedOn() == null, "mattersCheckedOn");
        add(missing, k.getDisciplineOpinionOn() == null, "disciplineOpinionOn");
        add(missing, k.getPetitionsCheckedOn() == null, "petitionsCheckedOn");
        add(missing, k.getIntegritySignedOn() == null, "integritySignedOn");
        add(missing, k.isExceptional() && !breakGradeApproved(candidate), "exceptionalApproval");
        if (missing.isEmpty()) {
            return GateResult.pass("selection.gate.checks.complete");
        }
        return GateResult.block(
                        "selection.gate.checks.missing",
                        String.join(
                                ", ",
                                missing.stream()
                                        .map(m -> "@selection.check." + m)
                                        .toList()))
                .withEvidence("selection/" + candidate.caseId());
    }

    private boolean breakGradeApproved(GateCandidate candidate) {
        return em.createQuery(
                                "select count(e) from RecordedException e where e.caseId = :case and e.cadreId = :cadre"
                                        + " and e.kind = :kind",
                                Long.class)
                        .setParameter("case", candidate.caseId())
                        .setParameter("cadre", candidate.cadreId())
                        .setParameter("kind", ExceptionKind.BREAK_GRADE)
                        .getSingleResult()
                > 0;
    }

    private static void add(List<String> missing, boolean isMissing, String check) {
        if (isMissing) {
            missing.add(check);
        }
    }
}
