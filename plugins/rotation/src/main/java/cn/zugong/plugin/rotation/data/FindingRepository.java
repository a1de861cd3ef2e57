package cn.zugong.plugin.rotation.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.avoidance.Conflict;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's avoidance findings. */
public final class FindingRepository {

    private static final List<String> OPEN = Arrays.stream(FindingStatus.values())
            .filter(FindingStatus::open)
            .map(Enum::name)
            .toList();

    private final EntityManager em;
    private final String county;

    public FindingRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public Finding add(Conflict conflict, LocalDate today, Instant now) {
        FindingEntity entity = new FindingEntity(conflict, today, now);
        em.persist(entity);
        return entity.toFinding();
    }

    public Optional<Finding> find(UUID id) {
        return entity(id).map(FindingEntity::toFinding);
    }

    /** Every finding ever made of one conflict, newest first. */
    public List<Finding> byKey(String key) {
        return em.createQuery(
                        "select f from FindingEntity f where f.tenantId = :county and f.findingKey = :key"
                                + " order by f.changedAt desc",
                        FindingEntity.class)
                .setParameter("county", county)
                .setParameter("key", key)
                .getResultStream()
                .map(FindingEntity::toFinding)
                .toList();
    }

    /** The county's open findings, oldest first. */
    public List<Finding> open() {
        return em.createQuery(
                        "select f from FindingEntity f where f.tenantId = :county and f.status in :open"
                                + " order by f.detectedOn, f.id",
                        FindingEntity.class)
                .setParameter("county", county)
                .setParameter("open", OPEN)
                .getResultStream()
                .map(FindingEntity::toFinding)
                .toList();
    }

    public Finding move(UUID id, FindingStatus to, String note, LocalDate today, Instant now) {
        FindingEntity entity = entity(id).orElseThrow(() -> new IllegalArgumentException("no finding " + id));
        entity.move(to, note, today, now);
        return entity.toFinding();
    }

    private Optional<FindingEntity> entity(UUID id) {
        // By query, not em.find: the county condition keeps another county's id out even on H2.
        return em.createQuery(
                        "select f from FindingEntity f where f.tenantId = :county and f.id = :id", FindingEntity.class)
                .setParameter("county", county)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }
}
