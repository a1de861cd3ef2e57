package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.course.CourseCategory;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseScope;
import cn.zugong.plugin.training.course.OrganizerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code training_course}: one validated {@link Course} of a county. */
@Entity
@Table(name = "training_course")
public class CourseEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "organizer_kind", nullable = false, length = 20)
    private String organizerKind;

    @Column(nullable = false, length = 200)
    private String organizer;

    @Column(name = "course_mode", nullable = false, length = 20)
    private String mode;

    @Column(nullable = false, length = 20)
    private String category;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private int days;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;

    @Column(name = "course_scope", nullable = false, length = 20)
    private String scope;

    @Column(name = "recognized_by", length = 200)
    private String recognizedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "source_ref", length = 120, updatable = false)
    private String sourceRef;

    protected CourseEntity() {}

    CourseEntity(Course course, Instant createdAt, String sourceRef) {
        this(course, createdAt);
        this.sourceRef = sourceRef;
    }

    CourseEntity(Course course, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = course.name().strip();
        this.organizerKind = course.organizerKind().name();
        this.organizer = course.organizer().strip();
        this.mode = course.mode().name();
        this.category = course.category().name();
        this.startDate = course.startDate();
        this.endDate = course.endDate();
        this.days = course.days();
        this.hours = course.hours();
        this.scope = course.scope().name();
        this.recognizedBy =
                course.recognizedBy() == null || course.recognizedBy().isBlank()
                        ? null
                        : course.recognizedBy().strip();
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    Course toCourse() {
        return new Course(
                name,
                OrganizerKind.valueOf(organizerKind),
                organizer,
                CourseMode.valueOf(mode),
                CourseCategory.valueOf(category),
                startDate,
                endDate,
                days,
                hours,
                CourseScope.valueOf(scope),
                recognizedBy);
    }

    CourseEntry toEntry() {
        return new CourseEntry(id, toCourse());
    }
}
