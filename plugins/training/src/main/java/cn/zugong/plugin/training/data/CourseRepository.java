package cn.zugong.plugin.training.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.course.Course;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One county's courses. Every query names the county besides the platform's tenant filter, so that
 * a supervisor's request (which Hibernate does not filter) still reads one county only.
 */
public final class CourseRepository {

    private final EntityManager em;
    private final String county;

    public CourseRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    /** Stores a validated course. */
    public CourseEntry add(Course course, Instant now) {
        CourseEntity entity = new CourseEntity(course, now);
        em.persist(entity);
        return entity.toEntry();
    }

    /**
     * Stores the county's copy of a course a department above published.
     *
     * @param sourceRef {@code <publisher>/<key>}, once per county
     */
    public CourseEntry adopt(Course course, Instant now, String sourceRef) {
        CourseEntity entity = new CourseEntity(course, now, sourceRef);
        em.persist(entity);
        return entity.toEntry();
    }

    /** The {@code sourceRef}s of the published courses the county took into its catalogue. */
    public Set<String> adopted() {
        return Set.copyOf(em.createQuery(
                        "select c.sourceRef from CourseEntity c where c.tenantId = :county and c.sourceRef is not null",
                        String.class)
                .setParameter("county", county)
                .getResultList());
    }

    public Optional<CourseEntry> find(UUID id) {
        return em.createQuery(
                        "select c from CourseEntity c where c.id = :id and c.tenantId = :county", CourseEntity.class)
                .setParameter("id", id)
                .setParameter("county", county)
                .getResultStream()
                .findFirst()
                .map(CourseEntity::toEntry);
    }

    /** A page of the catalogue, latest first. */
    public List<CourseEntry> page(int offset, int limit) {
        return em.createQuery(
                        "select c from CourseEntity c where c.tenantId = :county"
                                + " order by c.startDate desc, c.name, c.id",
                        CourseEntity.class)
                .setParameter("county", county)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(CourseEntity::toEntry)
                .toList();
    }

    public int count() {
        return em.createQuery("select count(c) from CourseEntity c where c.tenantId = :county", Long.class)
                .setParameter("county", county)
                .getSingleResult()
                .intValue();
    }

    /** How many cadres are enrolled in each of {@code courses}. */
    public Map<UUID, Long> enrolled(Collection<UUID> courses) {
        Map<UUID, Long> counts = new HashMap<>();
        if (courses.isEmpty()) {
            return counts;
        }
        em.createQuery(
                        "select e.courseId, count(e) from EnrollmentEntity e"
                                + " where e.tenantId = :county and e.courseId in :courses group by e.courseId",
                        Object[].class)
                .setParameter("county", county)
                .setParameter("courses", courses)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
