package cn.zugong.plugin.rotation.data;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One county's confirmed growth places. */
public final class GrowthPlaceRepository {

    private final EntityManager em;
    private final String county;

    public GrowthPlaceRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    /** The confirmed place of each cadre, by cadre id. */
    public Map<UUID, String> all() {
        return em.createQuery("select g from GrowthPlaceEntity g where g.tenantId = :county", GrowthPlaceEntity.class)
                .setParameter("county", county)
                .getResultStream()
                .collect(Collectors.toMap(GrowthPlaceEntity::cadreId, GrowthPlaceEntity::place, (a, b) -> a));
    }

    /** Confirms the place a cadre's file shows now, replacing an earlier confirmation. */
    public void confirm(UUID cadreId, String place, LocalDate on) {
        em.createQuery(
                        "select g from GrowthPlaceEntity g where g.tenantId = :county and g.cadreId = :cadre",
                        GrowthPlaceEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        g -> g.confirm(place, on), () -> em.persist(new GrowthPlaceEntity(cadreId, place, on)));
    }
}
