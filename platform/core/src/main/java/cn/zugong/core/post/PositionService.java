package cn.zugong.core.post;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.TextLimits;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The leadership positions of a unit: listed for whoever reads the unit, created and changed by
 * writers of the unit's own county only ({@link CountyAccess#requireWriter()}). A unit of another
 * county is reported as missing. Positions are not deleted here: holdings refer to them.
 */
@ApplicationScoped
@Transactional
public class PositionService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** The positions of a unit in their order, principal posts first; empty for a unit the caller does not read. */
    public List<UnitPosition> positions(UUID unitId) {
        return em.createQuery(
                        "select p from UnitPosition p where p.tenantId in :readable and p.unitId = :unit"
                                + " order by p.principal desc, p.sortOrder, p.title",
                        UnitPosition.class)
                .setParameter("readable", CountyAccess.readable())
                .setParameter("unit", unitId)
                .getResultList();
    }

    /**
     * Who holds each position of the unit today (holdings not ended), by position id, names in
     * order; a vacant position is absent. Pickers show it so that equal titles can be told apart.
     */
    public Map<UUID, List<String>> holders(UUID unitId) {
        Map<UUID, List<String>> holders = new LinkedHashMap<>();
        em.createQuery(
                        "select h.positionId, c.name from PostHolding h, Cadre c where c.id = h.cadreId"
                                + " and h.tenantId in :readable and h.unitId = :unit and h.positionId is not null"
                                + " and (h.endDate is null or h.endDate >= :today) order by c.name",
                        Object[].class)
                .setParameter("readable", CountyAccess.readable())
                .setParameter("unit", unitId)
                .setParameter("today", LocalDate.now())
                .getResultList()
                .forEach(row -> holders.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        return holders;
    }

    public Optional<UnitPosition> find(UUID id) {
        return Optional.ofNullable(em.find(UnitPosition.class, id))
                .filter(p -> CountyAccess.readable().contains(p.getTenantId()));
    }

    /** Validates and saves a new or changed position; a new one goes to the end of its unit's list. */
    public UnitPosition save(UnitPosition position) {
        String tenant = CountyAccess.requireWriter();
        OrgUnit unit = Optional.ofNullable(em.find(OrgUnit.class, position.getUnitId()))
                .filter(u -> tenant.equals(u.getTenantId()))
                .orElseThrow(() -> new ValidationException(List.of(new Problem("unit", "unit.notFound"))));
        if (position.getTenantId() != null && !position.getTenantId().equals(tenant)) {
            throw new AccessDeniedException("error.access.denied");
        }
        List<Problem> problems =
                TextLimits.with(em, position, PositionValidator.validate(position, unit.effectiveRank()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (position.getTenantId() == null) {
            position.setSortOrder(nextSortOrder(unit.getId()));
        }
        return em.merge(position);
    }

    private int nextSortOrder(UUID unitId) {
        Integer last = em.createQuery(
                        "select max(p.sortOrder) from UnitPosition p where p.unitId = :unit", Integer.class)
                .setParameter("unit", unitId)
                .getSingleResult();
        return last == null ? 0 : last + 1;
    }
}
