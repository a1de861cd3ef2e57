package cn.zugong.core.plugin.context;

import cn.zugong.api.career.PositionRef;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.unit.UnitPosition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The positions nobody holds today, for plugins (SDK 1.3.0 {@code CadreCareers.vacancies()}), with
 * the free seats of their unit's post quota counted as the quota overview counts them ({@link
 * QuotaService}): behind the tenant filter and the database wall like every read.
 */
@ApplicationScoped
@Transactional
public class RegistryVacancies {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    QuotaService quotas;

    Clock clock = Clock.systemDefaultZone();

    public List<PositionRef> vacancies() {
        List<Object[]> rows = em.createQuery(
                        "select p, u.name from UnitPosition p join OrgUnit u on u.id = p.unitId"
                                + " and u.tenantId = p.tenantId where not exists (select h.id from PostHolding h"
                                + " where h.positionId = p.id and h.tenantId = p.tenantId"
                                + " and (h.endDate is null or h.endDate >= :today))"
                                + " order by u.name, p.sortOrder, p.title",
                        Object[].class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
        Map<UUID, UnitQuota> byUnit = quotas.ofUnits(rows.stream()
                .map(r -> ((UnitPosition) r[0]).getUnitId())
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> ref((UnitPosition) r[0], (String) r[1], byUnit.get(((UnitPosition) r[0]).getUnitId())))
                .toList();
    }

    private static PositionRef ref(UnitPosition p, String unitName, UnitQuota quota) {
        int free = quota == null
                ? 0
                : p.isPrincipal()
                        ? quota.principalApproved() - quota.principalOccupied()
                        : quota.deputyApproved() - quota.deputyOccupied();
        return new PositionRef(
                p.getId(),
                p.getUnitId(),
                unitName,
                p.getTitle(),
                Optional.ofNullable(p.getPostLevel()).map(Enum::name),
                p.isPrincipal(),
                p.isKeyPost(),
                Math.max(0, free));
    }
}
