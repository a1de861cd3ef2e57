package cn.zugong.plugin.supervision.data;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's trials. */
public final class TrialRepository {

    private final EntityManager em;
    private final String county;

    public TrialRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public TrialEntity add(TrialEntity trial) {
        em.persist(trial);
        return trial;
    }

    public Optional<TrialEntity> find(UUID id) {
        return em.createQuery(
                        "select t from TrialEntity t where t.tenantId = :county and t.id = :id", TrialEntity.class)
                .setParameter("county", county)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The trial opened by a case for a cadre, when there is one. */
    public Optional<TrialEntity> ofCase(UUID caseId, UUID cadreId) {
        return em.createQuery(
                        "select t from TrialEntity t where t.tenantId = :county and t.caseId = :case"
                                + " and t.cadreId = :cadre",
                        TrialEntity.class)
                .setParameter("county", county)
                .setParameter("case", caseId)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .findFirst();
    }

    /** The trials without an outcome, nearest end first. */
    public List<TrialEntity> running() {
        return em.createQuery(
                        "select t from TrialEntity t where t.tenantId = :county and t.outcome is null"
                                + " order by t.endOn, t.id",
                        TrialEntity.class)
                .setParameter("county", county)
                .getResultList();
    }
}
