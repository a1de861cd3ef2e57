package cn.zugong.plugin.supervision.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.report.ReportStatus;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's reports and the cadres they are about. */
public final class ReportRepository {

    private static final List<ReportStatus> OPEN =
            Arrays.stream(ReportStatus.values()).filter(ReportStatus::open).toList();

    private final EntityManager em;
    private final String county;

    public ReportRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public ReportEntity add(ReportEntity report, Collection<UUID> subjects) {
        em.persist(report);
        subjects.stream().distinct().forEach(cadre -> em.persist(new ReportSubjectEntity(report.id(), cadre)));
        return report;
    }

    /** The report, when it is this county's. */
    public Optional<ReportEntity> find(UUID id) {
        return em.createQuery(
                        "select r from ReportEntity r where r.tenantId = :county and r.id = :id", ReportEntity.class)
                .setParameter("county", county)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** A page of the county's reports, newest first. */
    public List<ReportEntity> page(int offset, int limit) {
        return em.createQuery(
                        "select r from ReportEntity r where r.tenantId = :county order by r.receivedOn desc, r.id",
                        ReportEntity.class)
                .setParameter("county", county)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from ReportEntity r where r.tenantId = :county", Long.class)
                .setParameter("county", county)
                .getSingleResult();
    }

    /** The reports still being handled. */
    public List<ReportEntity> open() {
        return em.createQuery(
                        "select r from ReportEntity r where r.tenantId = :county and r.status in :open"
                                + " order by r.receivedOn, r.id",
                        ReportEntity.class)
                .setParameter("county", county)
                .setParameter("open", OPEN)
                .getResultList();
    }

    /** The reports about a cadre, newest first. */
    public List<ReportEntity> about(UUID cadreId) {
        return em.createQuery(
                        "select r from ReportEntity r where r.tenantId = :county and r.id in (select s.reportId from"
                                + " ReportSubjectEntity s where s.tenantId = :county and s.cadreId = :cadre)"
                                + " order by r.receivedOn desc, r.id",
                        ReportEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultList();
    }

    /** The cadres a report is about. */
    public List<UUID> subjects(UUID reportId) {
        return em.createQuery(
                        "select s.cadreId from ReportSubjectEntity s where s.tenantId = :county and s.reportId = :report",
                        UUID.class)
                .setParameter("county", county)
                .setParameter("report", reportId)
                .getResultList();
    }
}
