package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.cadre.domain.CadrePartRules;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardKind;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.TextLimits;
import cn.zugong.core.validation.ValidationException;
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
import java.util.function.Function;

/**
 * Adds, changes and removes the parts of a cadre file: posts held, family members, annual
 * assessments, rewards and punishments, and the resume. Every write needs the writer role and a
 * cadre of the writer's own county (another county's cadre is "not found"), is checked by
 * {@link CadrePartRules} and recorded in the audit trail on the cadre ({@code cadre.<part>.add},
 * {@code .update}, {@code .remove}) with the part before and after. Family members and punishments
 * are changed only by users who may see them. After a change to the holdings, the cadre's current
 * unit, post, level and (unless edited) resume follow them.
 */
@ApplicationScoped
@Transactional
public class CadrePartsService {

    /** The longest resume kept (the form's resume block rarely holds more than a few thousand characters). */
    static final int MAX_RESUME = 20_000;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CadreAudit audit;

    Clock clock = Clock.systemDefaultZone();

    /** Adds a post holding or changes one of the cadre's. A chosen unit gives the holding its name. */
    public PostHolding saveHolding(UUID cadreId, PostHolding holding) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        PostHolding existing = own(PostHolding.class, holding.getId(), cadre, PostHolding::getCadreId);
        String before = existing == null ? null : CadrePartJson.of(existing);
        holding.setCadreId(cadre.getId());
        List<Problem> problems = new ArrayList<>(unitOf(cadre, holding));
        problems.addAll(CadrePartRules.holding(holding, parts(PostHolding.class, cadre, "startDate")));
        refuse(TextLimits.with(em, holding, problems));
        PostHolding saved = em.merge(holding);
        CadreService.derive(cadre, parts(PostHolding.class, cadre, "startDate"));
        audit.part(action("holding", existing), cadre, before, CadrePartJson.of(saved));
        return saved;
    }

    public void removeHolding(UUID cadreId, UUID holdingId) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        remove(cadre, PostHolding.class, holdingId, PostHolding::getCadreId, CadrePartJson::of, "holding");
        CadreService.derive(cadre, parts(PostHolding.class, cadre, "startDate"));
    }

    /** Adds a relative or changes one; only for users who may see the family. */
    public FamilyMember saveFamilyMember(UUID cadreId, FamilyMember member) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        OwnCadre.requireSensitive();
        FamilyMember existing = own(FamilyMember.class, member.getId(), cadre, FamilyMember::getCadreId);
        String before = existing == null ? null : CadrePartJson.of(existing);
        member.setCadreId(cadre.getId());
        if (member.getBirth() != null) {
            member.setBirth(member.getBirth().strip());
        }
        refuse(TextLimits.with(em, member, CadrePartRules.family(member)));
        FamilyMember saved = em.merge(member);
        audit.part(action("family", existing), cadre, before, CadrePartJson.of(saved));
        return saved;
    }

    public void removeFamilyMember(UUID cadreId, UUID memberId) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        OwnCadre.requireSensitive();
        remove(cadre, FamilyMember.class, memberId, FamilyMember::getCadreId, CadrePartJson::of, "family");
    }

    /** Records a year's assessment or changes one: one per cadre and year, never a future year. */
    public Assessment saveAssessment(UUID cadreId, Assessment assessment) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        Assessment existing = own(Assessment.class, assessment.getId(), cadre, Assessment::getCadreId);
        String before = existing == null ? null : CadrePartJson.of(existing);
        assessment.setCadreId(cadre.getId());
        refuse(TextLimits.with(
                em,
                assessment,
                CadrePartRules.assessment(assessment, parts(Assessment.class, cadre, "year"), today())));
        Assessment saved = em.merge(assessment);
        audit.part(action("assessment", existing), cadre, before, CadrePartJson.of(saved));
        return saved;
    }

    public void removeAssessment(UUID cadreId, UUID assessmentId) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        remove(cadre, Assessment.class, assessmentId, Assessment::getCadreId, CadrePartJson::of, "assessment");
    }

    /** Records a reward or punishment or changes one; punishments only for users who may see them. */
    public RewardPunishment saveReward(UUID cadreId, RewardPunishment record) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        RewardPunishment existing = own(RewardPunishment.class, record.getId(), cadre, RewardPunishment::getCadreId);
        if (record.getKind() == RewardKind.PUNISHMENT
                || (existing != null && existing.getKind() == RewardKind.PUNISHMENT)) {
            OwnCadre.requireSensitive();
        }
        String before = existing == null ? null : CadrePartJson.of(existing);
        record.setCadreId(cadre.getId());
        refuse(TextLimits.with(em, record, CadrePartRules.reward(record, today())));
        RewardPunishment saved = em.merge(record);
        audit.part(action("reward", existing), cadre, before, CadrePartJson.of(saved));
        return saved;
    }

    public void removeReward(UUID cadreId, UUID recordId) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        RewardPunishment existing = own(RewardPunishment.class, recordId, cadre, RewardPunishment::getCadreId);
        if (existing != null && existing.getKind() == RewardKind.PUNISHMENT) {
            OwnCadre.requireSensitive();
        }
        remove(cadre, RewardPunishment.class, recordId, RewardPunishment::getCadreId, CadrePartJson::of, "reward");
    }

    /** Keeps the text as the cadre's resume: it no longer follows the holdings until regenerated. */
    public Cadre editResume(UUID cadreId, String text) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        List<Problem> problems = new ArrayList<>();
        CadrePartRules.text(problems, "resume", text, MAX_RESUME, true);
        refuse(problems);
        String before = CadrePartJson.resume(cadre);
        cadre.setResume(text.strip());
        cadre.setResumeEdited(true);
        audit.part("cadre.resume.edit", cadre, before, CadrePartJson.resume(cadre));
        return cadre;
    }

    /** Drops an edited resume: the resume is generated from the holdings again, and follows them. */
    public Cadre regenerateResume(UUID cadreId) {
        Cadre cadre = OwnCadre.require(em, cadreId);
        String before = CadrePartJson.resume(cadre);
        cadre.setResumeEdited(false);
        CadreService.derive(cadre, parts(PostHolding.class, cadre, "startDate"));
        audit.part("cadre.resume.regenerate", cadre, before, CadrePartJson.resume(cadre));
        return cadre;
    }

    /** The unit of the county the holding names, and the position of that unit; a free-text unit has neither. */
    private List<Problem> unitOf(Cadre cadre, PostHolding holding) {
        if (holding.getUnitId() != null) {
            OrgUnit unit = em.find(OrgUnit.class, holding.getUnitId());
            if (unit == null || !cadre.getTenantId().equals(unit.getTenantId())) {
                return List.of(new Problem("unitId", "cadre.holding.error.unit"));
            }
            holding.setUnitName(unit.getName());
        }
        if (holding.getPositionId() != null) {
            UnitPosition position = em.find(UnitPosition.class, holding.getPositionId());
            if (position == null || !position.getUnitId().equals(holding.getUnitId())) {
                return List.of(new Problem("positionId", "cadre.holding.error.position"));
            }
        }
        return List.of();
    }

    /** The stored part with this id, or null when there is none; a part of another cadre is "not found". */
    private <T> T own(Class<T> type, UUID id, Cadre cadre, Function<T, UUID> cadreOf) {
        T existing = id == null ? null : em.find(type, id);
        if (existing != null && !cadre.getId().equals(cadreOf.apply(existing))) {
            throw new CadreNotFoundException();
        }
        return existing;
    }

    private <T> void remove(
            Cadre cadre, Class<T> type, UUID id, Function<T, UUID> cadreOf, Function<T, String> json, String part) {
        T existing = own(type, id, cadre, cadreOf);
        if (existing == null) {
            throw new CadreNotFoundException();
        }
        String before = json.apply(existing);
        em.remove(existing);
        audit.part("cadre." + part + ".remove", cadre, before, null);
    }

    private <T> List<T> parts(Class<T> type, Cadre cadre, String order) {
        return em.createQuery(
                        "select p from " + type.getSimpleName() + " p where p.cadreId = :cadre order by p." + order,
                        type)
                .setParameter("cadre", cadre.getId())
                .getResultList();
    }

    private static String action(String part, Object existing) {
        return "cadre." + part + (existing == null ? ".add" : ".update");
    }

    static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
