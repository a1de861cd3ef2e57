package cn.zugong.plugin.rotation.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One county's exchange plans. Every query names the county as well as the tenant filter does, so a
 * plan of another county is not found, whatever id is asked for.
 */
public final class PlanRepository {

    private final EntityManager em;
    private final String county;

    public PlanRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    /** The county's plans, newest first, without their posts and moves. */
    public List<SavedPlan> list() {
        return em.createQuery(
                        "select p from PlanEntity p where p.tenantId = :county order by p.createdOn desc, p.name",
                        PlanEntity.class)
                .setParameter("county", county)
                .getResultStream()
                .map(p -> plan(p, List.of(), List.of()))
                .toList();
    }

    public Optional<SavedPlan> find(UUID id) {
        return entity(id)
                .map(p -> plan(
                        p,
                        em.createQuery(
                                        "select x from PlanPostEntity x where x.tenantId = :county and x.planId = :plan"
                                                + " order by x.unitName, x.title",
                                        PlanPostEntity.class)
                                .setParameter("county", county)
                                .setParameter("plan", id)
                                .getResultStream()
                                .map(PlanPostEntity::post)
                                .toList(),
                        em.createQuery(
                                        "select x from PlanMoveEntity x where x.tenantId = :county and x.planId = :plan"
                                                + " order by x.name, x.cadreId",
                                        PlanMoveEntity.class)
                                .setParameter("county", county)
                                .setParameter("plan", id)
                                .getResultStream()
                                .map(PlanMoveEntity::move)
                                .toList()));
    }

    /** A new draft plan, empty. */
    public UUID create(String name, LocalDate on) {
        PlanEntity p = new PlanEntity();
        p.id = UUID.randomUUID();
        p.name = name;
        p.status = PlanStatus.DRAFT;
        p.createdOn = on;
        em.persist(p);
        return p.id;
    }

    /** Replaces the plan's posts, moves and score by those given. */
    public void save(UUID id, List<SavedPlan.Post> posts, List<SavedPlan.Move> moves, Long hard, Long soft) {
        PlanEntity p = entity(id).orElseThrow();
        p.hardScore = hard;
        p.softScore = soft;
        for (String table : List.of("PlanPostEntity", "PlanMoveEntity")) {
            em.createQuery("delete from " + table + " x where x.tenantId = :county and x.planId = :plan")
                    .setParameter("county", county)
                    .setParameter("plan", id)
                    .executeUpdate();
        }
        posts.forEach(post -> em.persist(new PlanPostEntity(id, post)));
        moves.forEach(move -> em.persist(new PlanMoveEntity(id, move)));
    }

    /** Records the selection case a move opened. */
    public void caseOpened(UUID planId, UUID cadreId, UUID caseId) {
        em.createQuery("update PlanMoveEntity x set x.caseId = :case where x.tenantId = :county"
                        + " and x.planId = :plan and x.cadreId = :cadre")
                .setParameter("case", caseId)
                .setParameter("county", county)
                .setParameter("plan", planId)
                .setParameter("cadre", cadreId)
                .executeUpdate();
    }

    public void approve(UUID id, LocalDate on) {
        PlanEntity p = entity(id).orElseThrow();
        p.status = PlanStatus.APPROVED;
        p.approvedOn = on;
    }

    private Optional<PlanEntity> entity(UUID id) {
        return em.createQuery("select p from PlanEntity p where p.tenantId = :county and p.id = :id", PlanEntity.class)
                .setParameter("county", county)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    private static SavedPlan plan(PlanEntity p, List<SavedPlan.Post> posts, List<SavedPlan.Move> moves) {
        return new SavedPlan(
                p.id,
                p.name,
                p.status,
                Optional.ofNullable(p.hardScore),
                Optional.ofNullable(p.softScore),
                p.createdOn,
                Optional.ofNullable(p.approvedOn),
                posts,
                moves);
    }
}
