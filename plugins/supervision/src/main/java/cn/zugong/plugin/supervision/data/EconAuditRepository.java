package cn.zugong.plugin.supervision.data;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's economic responsibility audits. */
public final class EconAuditRepository {

    private final EntityManager em;
    private final String county;

    public EconAuditRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public EconAuditEntity add(EconAuditEntity audit) {
        em.persist(audit);
        return audit;
    }

    public Optional<EconAuditEntity> find(UUID id) {
        return em.createQuery(
                        "select a from EconAuditEntity a where a.tenantId = :county and a.id = :id",
                        EconAuditEntity.class)
                .setParameter("county", county)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The audits of a cadre linked to a selection case. */
    public List<EconAuditEntity> forCase(UUID caseId, UUID cadreId) {
        return em.createQuery(
                        "select a from EconAuditEntity a where a.tenantId = :county and a.caseId = :case"
                                + " and a.cadreId = :cadre order by a.startedOn desc, a.id",
                        EconAuditEntity.class)
                .setParameter("county", county)
                .setParameter("case", caseId)
                .setParameter("cadre", cadreId)
                .getResultList();
    }

    /** The county's audits, latest started first, a page. */
    public List<EconAuditEntity> page(int offset, int limit) {
        return em.createQuery(
                        "select a from EconAuditEntity a where a.tenantId = :county order by a.startedOn desc, a.id",
                        EconAuditEntity.class)
                .setParameter("county", county)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
