package cn.zugong.plugin.supervision.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's personal-matters reports, draws and integrity file. */
public final class MattersRepository {

    private final EntityManager em;
    private final String county;

    public MattersRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public MattersEntity add(MattersEntity report) {
        em.persist(report);
        return report;
    }

    public Optional<MattersEntity> find(UUID id) {
        return em.createQuery(
                        "select m from MattersEntity m where m.tenantId = :county and m.id = :id", MattersEntity.class)
                .setParameter("county", county)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<MattersEntity> of(UUID cadreId, int year) {
        return em.createQuery(
                        "select m from MattersEntity m where m.tenantId = :county and m.cadreId = :cadre"
                                + " and m.year = :year",
                        MattersEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    /** A cadre's reports, latest year first. */
    public List<MattersEntity> ofCadre(UUID cadreId) {
        return em.createQuery(
                        "select m from MattersEntity m where m.tenantId = :county and m.cadreId = :cadre"
                                + " order by m.year desc",
                        MattersEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultList();
    }

    /** A year's reports, in the order of their ids (the draw's population order). */
    public List<MattersEntity> ofYear(int year) {
        return em.createQuery(
                        "select m from MattersEntity m where m.tenantId = :county and m.year = :year order by m.id",
                        MattersEntity.class)
                .setParameter("county", county)
                .setParameter("year", year)
                .getResultList();
    }

    public List<MattersEntity> inStatus(List<MattersStatus> statuses) {
        return em.createQuery(
                        "select m from MattersEntity m where m.tenantId = :county and m.status in :statuses"
                                + " order by m.year, m.id",
                        MattersEntity.class)
                .setParameter("county", county)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    public Optional<DrawEntity> draw(int year) {
        return em.createQuery(
                        "select d from DrawEntity d where d.tenantId = :county and d.year = :year", DrawEntity.class)
                .setParameter("county", county)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    public DrawEntity add(DrawEntity draw) {
        em.persist(draw);
        return draw;
    }

    public void add(IntegrityEntity entry) {
        em.persist(entry);
    }

    public List<IntegrityEntity> integrity(UUID cadreId) {
        return em.createQuery(
                        "select i from IntegrityEntity i where i.tenantId = :county and i.cadreId = :cadre"
                                + " order by i.year desc",
                        IntegrityEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultList();
    }
}
