package cn.zugong.plugin.reserve.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.pool.Plan;
import cn.zugong.plugin.reserve.pool.Review;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** One county's reviews and development plans of its members. */
public final class PoolRepository {

    private final EntityManager em;
    private final String county;

    public PoolRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public void addReview(Review review) {
        em.persist(new ReviewEntity(review));
    }

    /** The county's reviews of {@code year}, every member's. */
    public List<Review> reviewsOf(int year) {
        return em.createQuery(
                        "select r from ReviewEntity r where r.tenantId = :county and r.year = :year",
                        ReviewEntity.class)
                .setParameter("county", county)
                .setParameter("year", year)
                .getResultStream()
                .map(ReviewEntity::toReview)
                .toList();
    }

    /** A member's reviews, latest first. */
    public List<Review> reviews(UUID candidateId) {
        return em.createQuery(
                        "select r from ReviewEntity r where r.tenantId = :county and r.candidateId = :candidate",
                        ReviewEntity.class)
                .setParameter("county", county)
                .setParameter("candidate", candidateId)
                .getResultStream()
                .map(ReviewEntity::toReview)
                .sorted(Comparator.comparing(Review::year).reversed())
                .toList();
    }

    public void addPlan(Plan plan) {
        em.persist(new PlanEntity(plan));
    }

    /** A member's development plan, by start date. */
    public List<Plan> plans(UUID candidateId) {
        return em.createQuery(
                        "select p from PlanEntity p where p.tenantId = :county and p.candidateId = :candidate",
                        PlanEntity.class)
                .setParameter("county", county)
                .setParameter("candidate", candidateId)
                .getResultStream()
                .map(PlanEntity::toPlan)
                .sorted(Comparator.comparing(Plan::start))
                .toList();
    }
}
