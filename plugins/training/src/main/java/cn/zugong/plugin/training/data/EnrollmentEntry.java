package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.enrollment.Enrollment;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored enrollment.
 *
 * @param id its id
 * @param course the course
 * @param cadreId the cadre
 * @param enrollment its state
 * @param assessment the assessment (kaohe jianding) written with the result
 * @param revokeReason why the credited hours were revoked
 * @param enrolledAt when the cadre was enrolled
 * @param changedAt when it last changed
 */
public record EnrollmentEntry(
        UUID id,
        CourseEntry course,
        UUID cadreId,
        Enrollment enrollment,
        Optional<String> assessment,
        Optional<String> revokeReason,
        Instant enrolledAt,
        Instant changedAt) {

    public EnrollmentEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(enrollment, "enrollment");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(revokeReason, "revokeReason");
    }

    /** The course result, once there is one (DOMAIN 1.3 {@code result}). */
    public Optional<EnrollmentResult> result() {
        return enrollment.status().result();
    }
}
