package cn.zugong.plugin.training.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.followup.PromotionFollowUp;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's T2 follow-ups (DOMAIN T2, V-T5). */
public final class FollowUpRepository {

    private static final List<String> OPEN =
            List.of(FollowUpStatus.PENDING.name(), FollowUpStatus.REMINDER_DUE.name(), FollowUpStatus.OVERDUE.name());
    private static final List<String> ALERTS =
            List.of(FollowUpStatus.REMINDER_DUE.name(), FollowUpStatus.OVERDUE.name());

    private final EntityManager em;
    private final String county;

    public FollowUpRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    /** The follow-up of one promotion, when one was opened. */
    public Optional<FollowUpEntry> find(UUID caseId, UUID cadreId) {
        return em.createQuery(
                        "select f from FollowUpEntity f where f.tenantId = :county and f.caseId = :case"
                                + " and f.cadreId = :cadre",
                        FollowUpEntity.class)
                .setParameter("county", county)
                .setParameter("case", caseId)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .findFirst()
                .map(FollowUpEntity::toEntry);
    }

    public FollowUpEntry open(
            UUID cadreId,
            UUID caseId,
            PromotionFollowUp followUp,
            FollowUpStatus status,
            BigDecimal hoursGap,
            int daysGap,
            Instant now) {
        FollowUpEntity entity = new FollowUpEntity(cadreId, caseId, followUp, status, hoursGap, daysGap, now);
        em.persist(entity);
        return entity.toEntry();
    }

    /** Records a check of one follow-up. */
    public FollowUpEntry checked(UUID id, LocalDate today, FollowUpStatus status, BigDecimal hoursGap, int daysGap) {
        FollowUpEntity entity = em.find(FollowUpEntity.class, id);
        if (entity == null) {
            throw new IllegalArgumentException("no follow-up " + id);
        }
        entity.checked(today, status, hoursGap, daysGap);
        return entity.toEntry();
    }

    /** Those not completed yet. */
    public List<FollowUpEntry> open() {
        return query("f.status in :statuses", OPEN, null);
    }

    /** Those whose reminder is due or whose deadline has passed, nearest deadline first. */
    public List<FollowUpEntry> alerts() {
        return query("f.status in :statuses", ALERTS, null);
    }

    public List<FollowUpEntry> ofCadre(UUID cadreId) {
        return query("f.cadreId = :cadre", null, cadreId);
    }

    private List<FollowUpEntry> query(String condition, List<String> statuses, UUID cadreId) {
        var query = em.createQuery(
                        "select f from FollowUpEntity f where f.tenantId = :county and " + condition
                                + " order by f.deadline, f.id",
                        FollowUpEntity.class)
                .setParameter("county", county);
        if (statuses != null) {
            query.setParameter("statuses", statuses);
        }
        if (cadreId != null) {
            query.setParameter("cadre", cadreId);
        }
        return query.getResultStream().map(FollowUpEntity::toEntry).toList();
    }
}
