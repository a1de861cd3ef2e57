package cn.zugong.plugin.rotation.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.term.TermRecord;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** One county's corrected term records. */
public final class TermRepository {

    private final EntityManager em;
    private final String county;

    public TermRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public List<TermRecord> ofCadre(UUID cadreId) {
        return em.createQuery(
                        "select t from TermEntity t where t.tenantId = :county and t.cadreId = :cadre"
                                + " order by t.startDate",
                        TermEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .map(TermEntity::toRecord)
                .toList();
    }

    /** Every cadre's corrections, for a county's lists. */
    public Map<UUID, List<TermRecord>> all() {
        return em.createQuery(
                        "select t from TermEntity t where t.tenantId = :county order by t.startDate", TermEntity.class)
                .setParameter("county", county)
                .getResultStream()
                .map(TermEntity::toRecord)
                .collect(Collectors.groupingBy(TermRecord::cadreId));
    }

    /** Replaces the corrections of one post of a cadre; an empty list goes back to the derived terms. */
    public void replace(UUID cadreId, String postKey, List<TermRecord> records, Instant now) {
        em.createQuery(
                        "select t from TermEntity t where t.tenantId = :county and t.cadreId = :cadre"
                                + " and t.postKey = :post",
                        TermEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .setParameter("post", postKey)
                .getResultList()
                .forEach(em::remove);
        em.flush();
        records.forEach(r -> em.persist(new TermEntity(r, now)));
    }
}
