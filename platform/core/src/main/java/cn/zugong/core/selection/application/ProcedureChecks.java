package cn.zugong.core.selection.application;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.KinshipClass;
import cn.zugong.core.selection.domain.CaseProcedure;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.DualManagement;
import cn.zugong.core.selection.eligibility.DutyAvoidance;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.eligibility.EligibilityParameters;
import cn.zugong.core.selection.eligibility.EligibilityRule;
import cn.zugong.core.selection.eligibility.Outcome;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The procedural rules checked where a step is taken, with what they need from the registry: duty
 * avoidance of the inspection team and of the deciding committee ({@link DutyAvoidance}) and the
 * dual-management consultation before the decision ({@link DualManagement}). Each hard failure is
 * a {@link Problem} carrying the rule's message key and values.
 */
public final class ProcedureChecks {

    private final EntityManager em;

    public ProcedureChecks(EntityManager em) {
        this.em = em;
    }

    /** The inspection team's conflicts with the inspected candidates. */
    List<Problem> teamAvoidance(SelectionCase c, List<SelectionCandidate> candidates, String team) {
        List<String> members = DutyAvoidance.teamMembers(team);
        List<Problem> problems = new ArrayList<>();
        for (SelectionCandidate k : candidates) {
            if (k.isInspected()) {
                avoidance(c, EligibilityRule.AVOIDANCE_INSPECTION, k.getCadreId(), members, "team", problems);
            }
        }
        return problems;
    }

    /** The committee members who voted on themselves or a relative. */
    List<Problem> meetingAvoidance(SelectionCase c, List<MeetingRecord.Vote> votes) {
        Map<UUID, Set<String>> membersByCadre = new LinkedHashMap<>();
        for (MeetingRecord.Vote v : votes) {
            membersByCadre
                    .computeIfAbsent(v.cadreId(), id -> new LinkedHashSet<>())
                    .add(Texts.strip(v.member()));
        }
        List<Problem> problems = new ArrayList<>();
        membersByCadre.forEach(
                (cadre, members) -> avoidance(c, EligibilityRule.AVOIDANCE_MEETING, cadre, members, "votes", problems));
        return problems;
    }

    /** The dual-management finding on the day of the decision; empty when the cadre is not dual-managed. */
    public Optional<EligibilityFinding> dualManagement(SelectionCase c, EligibilityParameters rules, LocalDate on) {
        CaseProcedure p = c.procedure();
        boolean principal = Optional.ofNullable(c.getPositionId())
                .map(id -> em.find(UnitPosition.class, id))
                .map(UnitPosition::isPrincipal)
                .orElse(false);
        return DualManagement.check(rules, p.getDualManager(), p.getDualConsultedOn(), p.getDualReply(), principal, on);
    }

    /** The dual-management finding as a refusal of the decision, when it fails. */
    List<Problem> dualManagementProblems(SelectionCase c, EligibilityParameters rules, LocalDate on) {
        return dualManagement(c, rules, on)
                .filter(f -> f.outcome() == Outcome.FAIL)
                .map(f -> List.of(problem("dualManagement", f)))
                .orElse(List.of());
    }

    /**
     * The committee members who must withdraw from a candidate's item, each as the {@link
     * EligibilityRule#AVOIDANCE_MEETING} finding naming member, candidate and relation; empty when none.
     */
    public List<EligibilityFinding> meetingConflicts(SelectionCase c, UUID cadreId, Collection<String> members) {
        return conflicts(c, EligibilityRule.AVOIDANCE_MEETING, cadreId, members);
    }

    private void avoidance(
            SelectionCase c,
            EligibilityRule rule,
            UUID cadreId,
            Collection<String> members,
            String field,
            List<Problem> problems) {
        conflicts(c, rule, cadreId, members).forEach(f -> problems.add(problem(field, f)));
    }

    private List<EligibilityFinding> conflicts(
            SelectionCase c, EligibilityRule rule, UUID cadreId, Collection<String> members) {
        Cadre cadre = em.find(Cadre.class, cadreId);
        if (cadre == null || members.isEmpty()) {
            return List.of();
        }
        List<DutyAvoidance.Relative> family = em.createQuery(
                        "select f from FamilyMember f where f.tenantId = :tenant and f.cadreId = :cadre"
                                + " order by f.sortOrder",
                        FamilyMember.class)
                .setParameter("tenant", c.getTenantId())
                .setParameter("cadre", cadreId)
                .getResultStream()
                .filter(f -> f.getKinshipClass() != KinshipClass.SOCIAL)
                .map(f -> new DutyAvoidance.Relative(f.getName(), f.getRelation()))
                .toList();
        return DutyAvoidance.check(rule, cadre.getName(), family, members, namingCandidate(c, members, cadre));
    }

    /** Per member name, the relation by which a cadre of that name lists the candidate among their family. */
    private Map<String, String> namingCandidate(SelectionCase c, Collection<String> members, Cadre candidate) {
        Map<String, String> relations = new HashMap<>();
        em
                .createQuery(
                        "select m.name, f.relation, f.kinshipClass from Cadre m, FamilyMember f"
                                + " where m.tenantId = :tenant and f.tenantId = :tenant and f.cadreId = m.id"
                                + " and m.name in :members and f.name = :candidate and m.id <> :id",
                        Object[].class)
                .setParameter("tenant", c.getTenantId())
                .setParameter("members", members)
                .setParameter("candidate", candidate.getName())
                .setParameter("id", candidate.getId())
                .getResultList()
                .stream()
                .filter(row -> row[2] != KinshipClass.SOCIAL)
                .forEach(row -> relations.putIfAbsent((String) row[0], row[1] == null ? "" : (String) row[1]));
        return relations;
    }

    private static Problem problem(String field, EligibilityFinding f) {
        return new Problem(field, f.messageKey(), f.args());
    }
}
