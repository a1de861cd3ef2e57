package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.enrollment.Enrollment;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import cn.zugong.plugin.training.enrollment.EnrollmentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code training_enrollment}: the state of one cadre's {@link Enrollment} in one course.
 * The course's hours and days are not copied: a course cannot be changed once stored.
 */
@Entity
@Table(name = "training_enrollment")
public class EnrollmentEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private UUID courseId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "leave_hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal leaveHours;

    @Column(length = 20)
    private String result;

    @Column(length = 1000)
    private String assessment;

    @Column(name = "credited_hours", nullable = false, precision = 7, scale = 2)
    private BigDecimal creditedHours;

    @Column(name = "credited_days", nullable = false)
    private int creditedDays;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "result_at")
    private Instant resultAt;

    @Column(name = "credited_at")
    private Instant creditedAt;

    protected EnrollmentEntity() {}

    EnrollmentEntity(UUID courseId, UUID cadreId, Enrollment planned, Instant now) {
        this.id = UUID.randomUUID();
        this.courseId = courseId;
        this.cadreId = cadreId;
        this.enrolledAt = now;
        apply(planned, now);
    }

    /** Takes over the state of {@code enrollment}, stamping when its result and its crediting came. */
    void apply(Enrollment enrollment, Instant now) {
        EnrollmentStatus next = enrollment.status();
        if (result == null && next.result().isPresent()) {
            resultAt = now;
        }
        if (next == EnrollmentStatus.CREDITED
                && !EnrollmentStatus.CREDITED.name().equals(status)) {
            creditedAt = now;
        }
        status = next.name();
        result = next.result().map(EnrollmentResult::name).orElse(null);
        leaveHours = enrollment.leaveHours();
        creditedHours = enrollment.creditedHours();
        creditedDays = enrollment.creditedDays();
        changedAt = now;
    }

    void assessment(String text) {
        assessment = text == null || text.isBlank() ? null : text.strip();
    }

    void revokeReason(String reason) {
        revokeReason = reason.strip();
    }

    UUID id() {
        return id;
    }

    UUID courseId() {
        return courseId;
    }

    UUID cadreId() {
        return cadreId;
    }

    Enrollment toEnrollment(Course course) {
        return new Enrollment(
                course.hours(),
                course.days(),
                EnrollmentStatus.valueOf(status),
                leaveHours,
                creditedHours,
                creditedDays);
    }

    EnrollmentEntry toEntry(CourseEntry course) {
        return new EnrollmentEntry(
                id,
                course,
                cadreId,
                toEnrollment(course.course()),
                Optional.ofNullable(assessment),
                Optional.ofNullable(revokeReason),
                enrolledAt,
                changedAt);
    }
}
