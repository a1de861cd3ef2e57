package cn.zugong.plugin.training.data;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;

/**
 * One county's courses, enrollments and credited records as rows of readable columns, for the
 * county's export: codes by name, dates and times in ISO form, the ids that tie the three together.
 */
public final class CountyTables {

    public static final List<String> COURSE_COLUMNS = List.of(
            "id",
            "name",
            "organizer_kind",
            "organizer",
            "mode",
            "category",
            "start_date",
            "end_date",
            "days",
            "hours",
            "scope",
            "recognized_by",
            "source_ref",
            "created_at");
    public static final List<String> ENROLLMENT_COLUMNS = List.of(
            "id",
            "course_id",
            "cadre_id",
            "status",
            "leave_hours",
            "result",
            "assessment",
            "credited_hours",
            "credited_days",
            "revoke_reason",
            "enrolled_at",
            "changed_at",
            "result_at",
            "credited_at");
    public static final List<String> RECORD_COLUMNS = List.of(
            "id",
            "cadre_id",
            "source",
            "course_id",
            "enrollment_id",
            "import_batch_id",
            "course_name",
            "mode",
            "online",
            "completed_on",
            "hours",
            "days",
            "recorded_at");

    private final EntityManager em;
    private final String county;

    public CountyTables(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public List<List<Object>> courses() {
        return rows("select c.id, c.name, c.organizerKind, c.organizer, c.mode, c.category, c.startDate, c.endDate,"
                + " c.days, c.hours, c.scope, c.recognizedBy, c.sourceRef, c.createdAt from CourseEntity c"
                + " where c.tenantId = :county order by c.startDate, c.id");
    }

    public List<List<Object>> enrollments() {
        return rows("select e.id, e.courseId, e.cadreId, e.status, e.leaveHours, e.result, e.assessment,"
                + " e.creditedHours, e.creditedDays, e.revokeReason, e.enrolledAt, e.changedAt, e.resultAt,"
                + " e.creditedAt from EnrollmentEntity e where e.tenantId = :county order by e.enrolledAt, e.id");
    }

    public List<List<Object>> records() {
        return rows("select r.id, r.cadreId, r.source, r.courseId, r.enrollmentId, r.importBatchId, r.courseName,"
                + " r.mode, r.online, r.completedOn, r.hours, r.days, r.recordedAt from RecordEntity r"
                + " where r.tenantId = :county order by r.completedOn, r.id");
    }

    private List<List<Object>> rows(String query) {
        return em.createQuery(query, Object[].class)
                .setParameter("county", county)
                .getResultStream()
                .map(row -> Arrays.asList((Object[]) row))
                .toList();
    }
}
