package cn.zugong.plugin.training.service;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.CourseRepository;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.data.EnrollmentRepository;
import cn.zugong.plugin.training.data.RecordRepository;
import cn.zugong.plugin.training.enrollment.Enrollment;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import cn.zugong.plugin.training.enrollment.EnrollmentStatus;
import cn.zugong.plugin.training.enrollment.Transition;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Enrollments of a county's cadres in its courses, moved through the state machine of DOMAIN 1.4
 * by the domain's {@link Enrollment}: a refused move changes nothing; crediting stores the course's
 * hours as a credited record, revoking removes them; leave over 1/7 of the hours withdraws the
 * cadre at once (T7) and says so in the transition's notice.
 */
public final class EnrollmentService {

    static final String NO_ENROLLMENT = "training.enrollment.notFound";
    static final String COMPLETE_NEEDS_RESULT = "training.enrollment.resultRequired";

    private final PluginContext context;
    private final RuleSource rules;

    public EnrollmentService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    /**
     * Enrolls cadres in a course, planned; cadres already enrolled, or not in office in the county,
     * are left out.
     *
     * @return the new enrollments
     */
    public List<EnrollmentEntry> enroll(TenantId county, UUID courseId, Collection<UUID> cadreIds) {
        Counties.requireWritable(context.tenancy(), county);
        Instant now = Instant.now(context.clock());
        Map<UUID, CadreRef> inOffice = new LinkedHashMap<>();
        for (UUID id : cadreIds) {
            context.cadres()
                    .find(id)
                    .filter(c -> c.active() && c.tenant().equals(county))
                    .ifPresent(c -> inOffice.put(id, c));
        }
        List<EnrollmentEntry> added = context.persistence().inTransaction(em -> {
            CourseEntry course = new CourseRepository(em, county)
                    .find(courseId)
                    .orElseThrow(() -> new IllegalArgumentException("no course " + courseId));
            EnrollmentRepository enrollments = new EnrollmentRepository(em, county);
            Set<UUID> already = enrollments.cadresOf(courseId);
            return inOffice.keySet().stream()
                    .filter(id -> !already.contains(id))
                    .map(id -> enrollments.add(course, id, now))
                    .toList();
        });
        for (EnrollmentEntry entry : added) {
            audit(
                    "enrollment.enroll",
                    entry,
                    Map.of(),
                    Map.of("cadre", entry.cadreId().toString()));
        }
        return added;
    }

    public List<EnrollmentEntry> ofCourse(TenantId county, UUID courseId) {
        return context.persistence().inTransaction(em -> new EnrollmentRepository(em, county).ofCourse(courseId));
    }

    public List<EnrollmentEntry> ofCadre(TenantId county, UUID cadreId) {
        return context.persistence().inTransaction(em -> new EnrollmentRepository(em, county).ofCadre(cadreId));
    }

    public Optional<EnrollmentEntry> find(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new EnrollmentRepository(em, county).find(id));
    }

    /** The county's rules in force today, which the leave limit (T7) depends on. */
    public CreditRules rules(TenantId county) {
        return rules.credit(county, rules.today());
    }

    /** xuandiao/baoming. */
    public Transition select(TenantId county, UUID id) {
        return change(county, id, "select", Enrollment::select, Optional.empty(), Optional.empty());
    }

    /** The course starts for the cadre. */
    public Transition attend(TenantId county, UUID id) {
        return change(county, id, "attend", Enrollment::attend, Optional.empty(), Optional.empty());
    }

    /** tuixue by decision. */
    public Transition withdraw(TenantId county, UUID id) {
        return change(county, id, "withdraw", Enrollment::withdraw, Optional.empty(), Optional.empty());
    }

    /**
     * DOMAIN T7, V-T3: records leave; over 1/7 of the course's hours the cadre is withdrawn, and the
     * transition's notice ({@code training.enrollment.autoWithdrawn}) says so.
     */
    public Transition recordLeave(TenantId county, UUID id, BigDecimal hours) {
        CreditRules credit = rules.credit(county, rules.today());
        return change(county, id, "leave", e -> e.recordLeave(hours, credit), Optional.empty(), Optional.empty());
    }

    /** The course's result: jieye ({@code COMPLETED}) or buhege ({@code FAILED}), with the assessment. */
    public Transition complete(TenantId county, UUID id, EnrollmentResult result, String assessment) {
        if (result == null) {
            return new Transition.Refused(Problem.of("result", COMPLETE_NEEDS_RESULT));
        }
        Function<Enrollment, Transition> move =
                switch (result) {
                    case COMPLETED -> Enrollment::complete;
                    case FAILED -> Enrollment::fail;
                    case WITHDRAWN -> e -> new Transition.Refused(Problem.of("result", COMPLETE_NEEDS_RESULT));
                };
        return change(county, id, "result", move, Optional.ofNullable(assessment), Optional.empty());
    }

    /** xueshi rending: the course's hours and days become a credited record of the cadre. */
    public Transition credit(TenantId county, UUID id) {
        return change(county, id, "credit", Enrollment::credit, Optional.empty(), Optional.empty());
    }

    /** guidang. */
    public Transition archive(TenantId county, UUID id) {
        return change(county, id, "archive", Enrollment::archive, Optional.empty(), Optional.empty());
    }

    /** chexiao rending, with its reason: the credited hours no longer count. */
    public Transition revoke(TenantId county, UUID id, String reason) {
        return change(county, id, "revoke", e -> e.revoke(reason), Optional.empty(), Optional.ofNullable(reason));
    }

    private Transition change(
            TenantId county,
            UUID id,
            String action,
            Function<Enrollment, Transition> move,
            Optional<String> assessment,
            Optional<String> revokeReason) {
        Counties.requireWritable(context.tenancy(), county);
        Instant now = Instant.now(context.clock());
        record Change(EnrollmentEntry before, Transition transition) {}
        Change change = context.persistence().inTransaction(em -> {
            EnrollmentRepository enrollments = new EnrollmentRepository(em, county);
            Optional<EnrollmentEntry> found = enrollments.find(id);
            if (found.isEmpty()) {
                return new Change(null, new Transition.Refused(Problem.of("id", NO_ENROLLMENT)));
            }
            Transition transition = move.apply(found.get().enrollment());
            if (transition instanceof Transition.Moved moved) {
                EnrollmentStatus from = found.get().enrollment().status();
                EnrollmentStatus to = moved.enrollment().status();
                enrollments.save(id, moved.enrollment(), assessment, revokeReason, now);
                RecordRepository records = new RecordRepository(em, county);
                if (to == EnrollmentStatus.CREDITED && from != EnrollmentStatus.CREDITED) {
                    records.creditEnrollment(id, now);
                } else if (to == EnrollmentStatus.REVOKED) {
                    records.revokeEnrollment(id);
                }
            }
            return new Change(found.get(), transition);
        });
        if (change.transition() instanceof Transition.Moved moved) {
            Enrollment before = change.before().enrollment();
            Map<String, Object> after = new LinkedHashMap<>(state(moved.enrollment()));
            assessment.ifPresent(text -> after.put("assessment", text));
            revokeReason.ifPresent(text -> after.put("reason", text));
            moved.notice().ifPresent(notice -> after.put("notice", notice.key()));
            audit("enrollment." + action, change.before(), state(before), after);
        }
        return change.transition();
    }

    private static Map<String, Object> state(Enrollment e) {
        return Map.of(
                "status", e.status().name(),
                "leaveHours", e.leaveHours(),
                "creditedHours", e.creditedHours(),
                "creditedDays", e.creditedDays());
    }

    private void audit(String action, EnrollmentEntry entry, Map<String, ?> before, Map<String, ?> after) {
        context.audit()
                .record(
                        action,
                        "training_enrollment",
                        entry.id().toString(),
                        entry.course().course().name(),
                        before,
                        after);
    }
}
