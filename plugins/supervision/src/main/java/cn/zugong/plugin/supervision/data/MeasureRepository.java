package cn.zugong.plugin.supervision.data;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** One county's measures on cadres. */
public final class MeasureRepository {

    private final EntityManager em;
    private final String county;

    public MeasureRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public MeasureEntity add(MeasureEntity measure) {
        em.persist(measure);
        return measure;
    }

    /** A cadre's measures, latest first. */
    public List<MeasureEntity> ofCadre(UUID cadreId) {
        return em.createQuery(
                        "select m from MeasureEntity m where m.tenantId = :county and m.cadreId = :cadre"
                                + " order by m.takenOn desc, m.id",
                        MeasureEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultList();
    }

    /** The county's measures, latest first, a page. */
    public List<MeasureEntity> page(int offset, int limit) {
        return em.createQuery(
                        "select m from MeasureEntity m where m.tenantId = :county order by m.takenOn desc, m.id",
                        MeasureEntity.class)
                .setParameter("county", county)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
