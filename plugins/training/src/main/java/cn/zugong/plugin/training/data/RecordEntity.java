package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.imports.ImportedRecord;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code training_record}: hours credited to a cadre, from a credited enrollment or an
 * imported row; the {@link CreditedRecord} the requirement is worked out from.
 */
@Entity
@Table(name = "training_record")
public class RecordEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Column(nullable = false, length = 10)
    private String source;

    @Column(name = "course_id")
    private UUID courseId;

    @Column(name = "enrollment_id")
    private UUID enrollmentId;

    @Column(name = "import_batch_id")
    private UUID importBatchId;

    @Column(name = "course_name", nullable = false, length = 200)
    private String courseName;

    @Column(name = "course_mode", nullable = false, length = 20)
    private String mode;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal hours;

    @Column(nullable = false)
    private int days;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordEntity() {}

    private RecordEntity(CreditedRecord record, RecordSource source, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.cadreId = record.cadreId();
        this.source = source.name();
        this.courseName = record.courseName();
        this.mode = record.mode().name();
        this.online = record.mode() == CourseMode.ONLINE;
        this.completedOn = record.completedOn();
        this.hours = record.hours();
        this.days = record.days();
        this.recordedAt = recordedAt;
    }

    /** The hours of a credited enrollment: the course's, on its last day. */
    static RecordEntity ofEnrollment(EnrollmentEntity enrollment, CourseEntry course, Instant now) {
        CreditedRecord record = new CreditedRecord(
                enrollment.cadreId(),
                course.course().name(),
                course.course().mode(),
                course.course().endDate(),
                enrollment.toEnrollment(course.course()).creditedHours(),
                enrollment.toEnrollment(course.course()).creditedDays());
        RecordEntity entity = new RecordEntity(record, RecordSource.COURSE, now);
        entity.courseId = course.id();
        entity.enrollmentId = enrollment.id();
        return entity;
    }

    /** One row of an accepted import: online study (DOMAIN T4, T5). */
    static RecordEntity ofImport(ImportedRecord row, UUID batchId, Instant now) {
        RecordEntity entity = new RecordEntity(row.toCredited(), RecordSource.IMPORT, now);
        entity.importBatchId = batchId;
        return entity;
    }

    /** Hours credited in the county a cadre came from (SDK CadreTransferListener). */
    static RecordEntity ofTransfer(CreditedRecord record, Instant now) {
        return new RecordEntity(record, RecordSource.TRANSFER, now);
    }

    CreditedRecord toCredited() {
        return new CreditedRecord(cadreId, courseName, CourseMode.valueOf(mode), completedOn, hours, days);
    }

    RecordEntry toEntry() {
        return new RecordEntry(
                id, toCredited(), RecordSource.valueOf(source), online, Optional.ofNullable(importBatchId), recordedAt);
    }
}
