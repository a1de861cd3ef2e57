package cn.zugong.plugin.rotation.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.avoidance.KinPair;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** One county's recorded kin links. */
public final class KinLinkRepository {

    private final EntityManager em;
    private final String county;

    public KinLinkRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public List<KinPair> all() {
        return em.createQuery("select k from KinLinkEntity k where k.tenantId = :county", KinLinkEntity.class)
                .setParameter("county", county)
                .getResultStream()
                .map(KinLinkEntity::toPair)
                .toList();
    }

    /** Records a link unless the two are already linked, in either order; whether it was new. */
    public boolean add(KinPair pair, Instant now) {
        if (all().stream().anyMatch(p -> p.joins(pair.first(), pair.second()))) {
            return false;
        }
        em.persist(new KinLinkEntity(pair, now));
        return true;
    }
}
