package cn.zugong.plugin.training.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.publish.Publication;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.course.CourseValidator;
import cn.zugong.plugin.training.course.PublishedCourse;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.CourseRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A department's course catalogue (DOMAIN 1.3 {@code TrainingCourse}). A province's or city's
 * department publishes its courses to the counties below ({@code Publications}, kind {@value
 * #KIND}); a county takes a published course into its catalogue ({@link #adopt}), with the scope of
 * the publisher, and enrolls its cadres there.
 */
public final class CourseService {

    /** The kind of the plugin's publications that are courses. */
    public static final String KIND = "course";

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

    /**
     * A course published from above, as a county sees it.
     *
     * @param publication what the department above published
     * @param course the county's copy it would take; empty when the values cannot be read
     * @param adopted whether the county took it into its catalogue already
     */
    public record Offered(Publication publication, Optional<Course> course, boolean adopted) {}

    /** Whether the department can publish courses to tenants below it (a province's or city's). */
    public boolean canPublish(TenantId department) {
        return Counties.writable(context.tenancy(), department) && PublishedCourse.publishes(department.code());
    }

    /** The ids of the department's courses it publishes now. */
    public Set<UUID> published() {
        return context.publications().published(KIND).stream()
                .map(p -> UUID.fromString(p.key()))
                .collect(Collectors.toSet());
    }

    /** Publishes one of the department's own courses to the counties below it. */
    public void publish(TenantId department, UUID courseId) {
        Counties.requireWritable(context.tenancy(), department);
        CourseEntry course = find(department, courseId).orElseThrow();
        context.publications().publish(KIND, courseId.toString(), PublishedCourse.content(course.course()));
    }

    /** Withdraws a publication: counties no longer see it; their copies stay. */
    public void withdraw(TenantId department, UUID courseId) {
        Counties.requireWritable(context.tenancy(), department);
        context.publications().withdraw(KIND, courseId.toString());
    }

    /** The courses the departments above the county published, newest first. */
    public List<Offered> offered(TenantId county) {
        Set<String> adopted = context.persistence().inTransaction(em -> new CourseRepository(em, county).adopted());
        return context.publications().fromAbove(KIND).stream()
                .map(p -> new Offered(
                        p,
                        PublishedCourse.course(
                                p.content(),
                                PublishedCourse.scopeOf(p.publisher().code())),
                        adopted.contains(sourceRef(p))))
                .toList();
    }

    /**
     * Takes a published course into the county's catalogue, checked like a course entered by hand
     * (with the county's rules); once only.
     */
    public Added adopt(TenantId county, Publication publication) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<Course> course = PublishedCourse.course(
                publication.content(),
                PublishedCourse.scopeOf(publication.publisher().code()));
        if (course.isEmpty()) {
            return new Added(Optional.empty(), List.of(Problem.of("", "training.offered.unreadable")));
        }
        String ref = sourceRef(publication);
        if (context.persistence()
                .inTransaction(em -> new CourseRepository(em, county).adopted())
                .contains(ref)) {
            return new Added(Optional.empty(), List.of(Problem.of("", "training.offered.already")));
        }
        List<Problem> problems = CourseValidator.validate(course.get(), rules.credit(county, rules.today()));
        if (!problems.isEmpty()) {
            return new Added(Optional.empty(), problems);
        }
        CourseEntry stored = context.persistence().inTransaction(em -> new CourseRepository(em, county)
                .adopt(course.get(), Instant.now(context.clock()), ref));
        context.audit()
                .record(
                        "course.adopt",
                        "training_course",
                        stored.id().toString(),
                        course.get().name(),
                        Map.of(),
                        Map.of("publisher", publication.publisher().code(), "key", publication.key()));
        return new Added(Optional.of(stored), List.of());
    }

    private static String sourceRef(Publication publication) {
        return publication.publisher().code() + "/" + publication.key();
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
