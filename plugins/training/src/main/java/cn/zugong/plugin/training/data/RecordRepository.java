package cn.zugong.plugin.training.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.imports.ImportedRecord;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One county's credited records and imports. */
public final class RecordRepository {

    private final EntityManager em;
    private final String county;
    private final TenantId tenant;

    public RecordRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
        this.tenant = county;
    }

    /**
     * Credits a credited enrollment's hours (DOMAIN 1.4 credited): the course's hours and days, on
     * the course's last day.
     */
    public RecordEntry creditEnrollment(UUID enrollmentId, Instant now) {
        EnrollmentRepository enrollments = new EnrollmentRepository(em, tenant);
        EnrollmentEntity enrollment = enrollments
                .entity(enrollmentId)
                .orElseThrow(() -> new IllegalArgumentException("no enrollment " + enrollmentId));
        CourseEntry course =
                new CourseRepository(em, tenant).find(enrollment.courseId()).orElseThrow();
        RecordEntity record = RecordEntity.ofEnrollment(enrollment, course, now);
        em.persist(record);
        return record.toEntry();
    }

    /** Takes back the hours of a revoked enrollment (DOMAIN 1.4 credited -> revoked). */
    public int revokeEnrollment(UUID enrollmentId) {
        List<RecordEntity> credited = em.createQuery(
                        "select r from RecordEntity r where r.tenantId = :county and r.enrollmentId = :enrollment",
                        RecordEntity.class)
                .setParameter("county", county)
                .setParameter("enrollment", enrollmentId)
                .getResultList();
        credited.forEach(em::remove);
        return credited.size();
    }

    /** Stores an accepted import: its batch and every record, in the caller's transaction. */
    public ImportBatchEntry addImport(String fileName, List<ImportedRecord> rows, Instant now) {
        ImportBatchEntity batch = new ImportBatchEntity(fileName, rows.size(), now);
        em.persist(batch);
        for (ImportedRecord row : rows) {
            em.persist(RecordEntity.ofImport(row, batch.id(), now));
        }
        return batch.toEntry();
    }

    /** Stores the records that followed a cadre from another county, in the caller's transaction. */
    public void addTransferred(List<CreditedRecord> records, Instant now) {
        for (CreditedRecord record : records) {
            em.persist(RecordEntity.ofTransfer(record, now));
        }
    }

    /** Every credited record of the county. */
    public List<CreditedRecord> all() {
        return em.createQuery("select r from RecordEntity r where r.tenantId = :county", RecordEntity.class)
                .setParameter("county", county)
                .getResultStream()
                .map(RecordEntity::toCredited)
                .toList();
    }

    /** One cadre's records, latest first. */
    public List<RecordEntry> ofCadre(UUID cadreId) {
        return em.createQuery(
                        "select r from RecordEntity r where r.tenantId = :county and r.cadreId = :cadre"
                                + " order by r.completedOn desc, r.id",
                        RecordEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .map(RecordEntity::toEntry)
                .toList();
    }

    public long countOfImport(UUID batchId) {
        return em.createQuery(
                        "select count(r) from RecordEntity r where r.tenantId = :county and r.importBatchId = :batch",
                        Long.class)
                .setParameter("county", county)
                .setParameter("batch", batchId)
                .getSingleResult();
    }

    /** The county's imports, latest first. */
    public List<ImportBatchEntry> imports(int limit) {
        return em.createQuery(
                        "select b from ImportBatchEntity b where b.tenantId = :county order by b.importedAt desc, b.id",
                        ImportBatchEntity.class)
                .setParameter("county", county)
                .setMaxResults(limit)
                .getResultStream()
                .map(ImportBatchEntity::toEntry)
                .toList();
    }
}
