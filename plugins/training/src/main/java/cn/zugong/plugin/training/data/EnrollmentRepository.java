package cn.zugong.plugin.training.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.enrollment.Enrollment;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One county's enrollments, each handed out with its course. */
public final class EnrollmentRepository {

    private final EntityManager em;
    private final String county;
    private final CourseRepository courses;

    public EnrollmentRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
        this.courses = new CourseRepository(em, county);
    }

    /** Enrolls a cadre in a course, planned (DOMAIN 1.4). */
    public EnrollmentEntry add(CourseEntry course, UUID cadreId, Instant now) {
        EnrollmentEntity entity = new EnrollmentEntity(course.id(), cadreId, Enrollment.planned(course.course()), now);
        em.persist(entity);
        return entity.toEntry(course);
    }

    public Optional<EnrollmentEntry> find(UUID id) {
        return entity(id).flatMap(e -> courses.find(e.courseId()).map(e::toEntry));
    }

    /** The cadres enrolled in a course. */
    public Set<UUID> cadresOf(UUID courseId) {
        return new HashSet<>(em.createQuery(
                        "select e.cadreId from EnrollmentEntity e where e.tenantId = :county and e.courseId = :course",
                        UUID.class)
                .setParameter("county", county)
                .setParameter("course", courseId)
                .getResultList());
    }

    /**
     * Stores the new state of an enrollment, with the assessment written with a result or the reason
     * of a revocation when given.
     *
     * @throws IllegalArgumentException when there is no such enrollment in the county
     */
    public EnrollmentEntry save(
            UUID id, Enrollment next, Optional<String> assessment, Optional<String> revokeReason, Instant now) {
        EnrollmentEntity entity = entity(id).orElseThrow(() -> new IllegalArgumentException("no enrollment " + id));
        entity.apply(next, now);
        assessment.ifPresent(entity::assessment);
        revokeReason.ifPresent(entity::revokeReason);
        return find(id).orElseThrow();
    }

    public List<EnrollmentEntry> ofCourse(UUID courseId) {
        CourseEntry course =
                courses.find(courseId).orElseThrow(() -> new IllegalArgumentException("no course " + courseId));
        return em.createQuery(
                        "select e from EnrollmentEntity e where e.tenantId = :county and e.courseId = :course"
                                + " order by e.enrolledAt, e.id",
                        EnrollmentEntity.class)
                .setParameter("county", county)
                .setParameter("course", courseId)
                .getResultStream()
                .map(e -> e.toEntry(course))
                .toList();
    }

    public List<EnrollmentEntry> ofCadre(UUID cadreId) {
        return em.createQuery(
                        "select e from EnrollmentEntity e where e.tenantId = :county and e.cadreId = :cadre"
                                + " order by e.enrolledAt desc, e.id",
                        EnrollmentEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .flatMap(e -> courses.find(e.courseId()).map(e::toEntry).stream())
                .toList();
    }

    Optional<EnrollmentEntity> entity(UUID id) {
        return em.createQuery(
                        "select e from EnrollmentEntity e where e.id = :id and e.tenantId = :county",
                        EnrollmentEntity.class)
                .setParameter("id", id)
                .setParameter("county", county)
                .getResultStream()
                .findFirst();
    }
}
