package cn.zugong.plugin.training.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.course.CourseValidator;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.CourseRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A county's course catalogue (DOMAIN 1.3 {@code TrainingCourse}). A course the province publishes
 * is recorded by the county with the scope {@code PROVINCIAL}: a province-level user only reads.
 */
public final class CourseService {

    private final PluginContext context;
    private final RuleSource rules;

    public CourseService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    /**
     * The outcome of adding a course.
     *
     * @param course the stored course; empty when refused
     * @param problems every problem of the course as entered; empty when stored
     */
    public record Added(Optional<CourseEntry> course, List<Problem> problems) {

        public Added {
            problems = List.copyOf(problems);
        }
    }

    /** Validates a course with the rules of today and stores it when it has no problem. */
    public Added add(TenantId county, Course course) {
        Counties.requireWritable(context.tenancy(), county);
        List<Problem> problems = CourseValidator.validate(course, rules.credit(county, rules.today()));
        if (!problems.isEmpty()) {
            return new Added(Optional.empty(), problems);
        }
        CourseEntry stored = context.persistence()
                .inTransaction(em -> new CourseRepository(em, county).add(course, Instant.now(context.clock())));
        context.audit()
                .record(
                        "course.create",
                        "training_course",
                        stored.id().toString(),
                        course.name(),
                        Map.of(),
                        Map.of(
                                "scope", course.scope().name(),
                                "mode", course.mode().name(),
                                "hours", course.hours(),
                                "days", course.days(),
                                "startDate", course.startDate().toString(),
                                "endDate", course.endDate().toString()));
        return new Added(Optional.of(stored), List.of());
    }

    public Optional<CourseEntry> find(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new CourseRepository(em, county).find(id));
    }

    /** A page of the catalogue, latest first. */
    public List<CourseEntry> page(TenantId county, int offset, int limit) {
        return context.persistence().inTransaction(em -> new CourseRepository(em, county).page(offset, limit));
    }

    public int count(TenantId county) {
        return context.persistence().inTransaction(em -> new CourseRepository(em, county).count());
    }

    /** How many cadres are enrolled in each course. */
    public Map<UUID, Long> enrolled(TenantId county, Collection<UUID> courses) {
        return context.persistence().inTransaction(em -> new CourseRepository(em, county).enrolled(courses));
    }
}
