package cn.zugong.core.selection.eligibility;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.unit.UnitType;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a cadre of a county the caller reads against the basic qualifications in force at a
 * reference date ({@link EligibilityCheck}), with the rule pack of the cadre's province ({@link
 * RulePack#resolve}). A cadre of another county is reported as missing.
 */
@ApplicationScoped
@Transactional
public class EligibilityService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /**
     * The findings for promoting the cadre to the target post.
     *
     * @throws CadreNotFoundException for a cadre the caller does not read
     * @throws ValidationException when no rule pack is in force at the date
     */
    public List<EligibilityFinding> check(UUID cadreId, PostLevel targetLevel, boolean targetPrincipal, LocalDate at) {
        return check(cadreId, targetLevel, targetPrincipal, null, null, at);
    }

    /**
     * The findings for promoting the cadre to a position of the case, the party standing included
     * when it is a party leadership post ({@link EligibilityCheck#partyPost}).
     *
     * @throws CadreNotFoundException for a cadre the caller does not read
     * @throws ValidationException when no rule pack is in force at the date
     */
    public List<EligibilityFinding> check(UUID cadreId, UnitPosition target, LocalDate at) {
        UnitType type = em.createQuery(
                        "select u.type from OrgUnit u where u.tenantId = :tenant and u.id = :id", UnitType.class)
                .setParameter("tenant", target.getTenantId())
                .setParameter("id", target.getUnitId())
                .getResultStream()
                .findFirst()
                .orElse(null);
        return check(cadreId, target.getPostLevel(), target.isPrincipal(), type, target.getTitle(), at);
    }

    private List<EligibilityFinding> check(
            UUID cadreId,
            PostLevel targetLevel,
            boolean targetPrincipal,
            UnitType targetUnitType,
            String targetTitle,
            LocalDate at) {
        Cadre cadre = Optional.ofNullable(em.find(Cadre.class, cadreId))
                .filter(c -> CountyAccess.readable().contains(c.getTenantId()))
                .orElseThrow(CadreNotFoundException::new);
        List<PostHolding> holdings = em.createQuery(
                        "select h from PostHolding h where h.tenantId = :tenant and h.cadreId = :cadre"
                                + " order by h.startDate",
                        PostHolding.class)
                .setParameter("tenant", cadre.getTenantId())
                .setParameter("cadre", cadre.getId())
                .getResultList();
        RulePack pack = pack(RulePack.provinceOf(cadre.getTenantId()), at)
                .orElseThrow(() -> new ValidationException(
                        List.of(new Problem("at", "eligibility.error.no-pack", List.of(at.toString())))));
        boolean partyPost = targetTitle != null && EligibilityCheck.partyPost(pack, targetUnitType, targetTitle);
        return EligibilityCheck.check(
                pack,
                cadre,
                holdings,
                unitTypes(cadre.getTenantId(), holdings),
                targetLevel,
                targetPrincipal,
                partyPost,
                at);
    }

    /**
     * The thresholds in force at a date for a county's province.
     *
     * @throws ValidationException when no rule pack is in force at the date
     */
    public EligibilityParameters rules(String tenant, LocalDate at) {
        return pack(RulePack.provinceOf(tenant), at)
                .orElseThrow(() -> new ValidationException(
                        List.of(new Problem("at", "eligibility.error.no-pack", List.of(at.toString())))))
                .parameters();
    }

    /** The rule pack of a province (and the nation) in force at a date. */
    public Optional<RulePack> pack(String province, LocalDate at) {
        List<EligibilityRulePack> packs = em.createQuery(
                        "select p from EligibilityRulePack p where p.province in :provinces", EligibilityRulePack.class)
                .setParameter("provinces", List.of(EligibilityRulePack.NATIONAL, province))
                .getResultList();
        return RulePack.resolve(packs, province, at);
    }

    private Map<UUID, UnitType> unitTypes(String tenant, List<PostHolding> holdings) {
        List<UUID> ids = holdings.stream()
                .map(PostHolding::getUnitId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, UnitType> types = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select u.id, u.type from OrgUnit u where u.tenantId = :tenant and u.id in :ids",
                            Object[].class)
                    .setParameter("tenant", tenant)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> types.put((UUID) row[0], (UnitType) row[1]));
        }
        return types;
    }
}
