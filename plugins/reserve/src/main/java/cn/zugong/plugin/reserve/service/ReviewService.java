package cn.zugong.plugin.reserve.service;

import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.data.PoolRepository;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import cn.zugong.plugin.reserve.eligibility.Eligibility;
import cn.zugong.plugin.reserve.pool.Plan;
import cn.zugong.plugin.reserve.pool.PlanKind;
import cn.zugong.plugin.reserve.pool.Review;
import cn.zugong.plugin.reserve.pool.ReviewAdvice;
import cn.zugong.plugin.reserve.pool.ReviewOutcome;
import cn.zugong.plugin.reserve.rules.ExitReason;
import cn.zugong.plugin.reserve.rules.RuleValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The pool kept alive (issue item 3, 备用结合、动态管理): each member's annual review, reading the
 * year's assessment grade from the registry's file, the training module's standing and the
 * supervision module's facts (SDK {@code CadreFacts}, where the county enabled those modules), and
 * each member's development plan.
 */
public final class ReviewService {

    /** The facts of the training module ({@code training.*}), such as its standing. */
    static final String TRAINING_FACTS = "training.";
    /** The facts of the supervision module ({@code supervision.*}): findings and measures. */
    static final String SUPERVISION_FACTS = "supervision.";

    /** The longest texts the plan's columns keep. */
    static final int DESCRIPTION_MAX = 200;

    static final int OUTCOME_MAX = 500;

    private final PluginContext context;
    private final RuleSource rules;
    private final RegistryFacts registry;
    private final PoolService pool;

    public ReviewService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.registry = new RegistryFacts(context);
        this.pool = new PoolService(context);
    }

    /**
     * What a review of {@code member} for {@code year} reads and advises.
     *
     * @param grade the year's grade on the file
     * @param training the keys of the training module's facts on the member
     * @param measures the keys of the supervision module's facts on the member
     * @param advice the exits the facts point to (the clerk decides)
     */
    public record Reading(
            Optional<String> grade, List<String> training, List<String> measures, List<ExitReason> advice) {}

    public Reading read(TenantId county, Candidate member, int year) {
        LocalDate today = rules.today();
        RuleValues values = rules.rules(county, today);
        Optional<CadreProfile> file = registry.profile(county, member.cadreId());
        List<String> facts = facts(county, member.cadreId());
        int maxAge = batch(county, member.batchId())
                .flatMap(b -> values.tier(b.tier()))
                .map(t -> t.maxAge())
                .orElse(Integer.MAX_VALUE);
        Optional<String> grade = file.flatMap(f -> f.gradeOf(year));
        return new Reading(
                grade,
                facts.stream().filter(k -> k.startsWith(TRAINING_FACTS)).toList(),
                facts.stream().filter(k -> k.startsWith(SUPERVISION_FACTS)).toList(),
                ReviewAdvice.exits(
                        grade,
                        Eligibility.ageOn(member.birthDate(), today),
                        maxAge,
                        facts.contains(CadreFact.CONCEALMENT),
                        values.exitReasons()));
    }

    /**
     * Records the review of {@code year}; with an exit reason the member leaves the pool. The
     * problems if refused (a second review of the year, a reason the county does not offer).
     */
    public List<Problem> review(
            TenantId county, Candidate member, int year, Optional<ExitReason> exit, Optional<String> note) {
        Counties.requireWritable(context.tenancy(), county);
        boolean reviewed =
                context.persistence().inTransaction(em -> new PoolRepository(em, county).reviews(member.id())).stream()
                        .anyMatch(r -> r.year() == year);
        if (reviewed) {
            return List.of(Problem.of("year", "reserve.review.already", year));
        }
        if (exit.isPresent()) {
            List<Problem> problems = pool.exit(county, member.id(), exit.get());
            if (!problems.isEmpty()) {
                return problems;
            }
        }
        Reading reading = read(county, member, year);
        Review review = new Review(
                UUID.randomUUID(),
                member.id(),
                year,
                reading.grade(),
                text(reading.training()),
                text(reading.measures()),
                exit.isPresent() ? ReviewOutcome.EXITED : ReviewOutcome.KEPT,
                note.filter(n -> !n.isBlank()),
                rules.today());
        context.persistence().run(em -> new PoolRepository(em, county).addReview(review));
        context.audit()
                .record(
                        AuditedActions.MEMBER_REVIEW,
                        AuditedActions.CANDIDATE,
                        member.id().toString(),
                        member.name(),
                        Map.of(),
                        Map.of("year", year, "outcome", review.outcome().name()));
        return List.of();
    }

    public List<Review> reviews(TenantId county, UUID candidateId) {
        return context.persistence().inTransaction(em -> new PoolRepository(em, county).reviews(candidateId));
    }

    /** Adds an item to a member's development plan; the problems if refused. */
    public List<Problem> plan(
            TenantId county,
            Candidate member,
            PlanKind kind,
            String description,
            LocalDate start,
            Optional<LocalDate> end,
            Optional<String> outcome) {
        Counties.requireWritable(context.tenancy(), county);
        if (description == null || description.isBlank()) {
            return List.of(Problem.of("description", "reserve.plan.description"));
        }
        if (description.strip().length() > DESCRIPTION_MAX
                || outcome.filter(o -> o.length() > OUTCOME_MAX).isPresent()) {
            return List.of(Problem.of("description", "reserve.plan.tooLong", DESCRIPTION_MAX, OUTCOME_MAX));
        }
        if (end.filter(e -> e.isBefore(start)).isPresent()) {
            return List.of(Problem.of("end", "reserve.plan.endBeforeStart"));
        }
        Plan plan = new Plan(
                UUID.randomUUID(),
                member.id(),
                kind,
                description.strip(),
                start,
                end,
                outcome.filter(o -> !o.isBlank()));
        context.persistence().run(em -> new PoolRepository(em, county).addPlan(plan));
        context.audit()
                .record(
                        AuditedActions.MEMBER_PLAN,
                        AuditedActions.CANDIDATE,
                        member.id().toString(),
                        member.name(),
                        Map.of(),
                        Map.of("kind", kind.name(), "start", start.toString()));
        return List.of();
    }

    public List<Plan> plans(TenantId county, UUID candidateId) {
        return context.persistence().inTransaction(em -> new PoolRepository(em, county).plans(candidateId));
    }

    /** The year a review made today is about: the last year whose assessment is done. */
    public int reviewYear() {
        return rules.today().getYear() - 1;
    }

    /**
     * The members due for review (item 6): in the pool since before the review year ended and not
     * yet reviewed for it.
     */
    public List<Candidate> due(TenantId county) {
        int year = reviewYear();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Set<UUID> reviewed =
                context.persistence().inTransaction(em -> new PoolRepository(em, county).reviewsOf(year)).stream()
                        .map(Review::candidateId)
                        .collect(Collectors.toSet());
        return pool.members(county).stream()
                .filter(m -> !m.stateSince().isAfter(yearEnd))
                .filter(m -> !reviewed.contains(m.id()))
                .toList();
    }

    /**
     * The members who pass their tier's age limit within the county's reminder months (item 6): over
     * it on the day that many months ahead, not yet over it today.
     */
    public List<Candidate> nearingAgeLimit(TenantId county) {
        LocalDate today = rules.today();
        RuleValues values = rules.rules(county, today);
        LocalDate ahead = today.plusMonths(values.ageWarningMonths());
        Map<UUID, Batch> batches =
                context.persistence().inTransaction(em -> new ReserveRepository(em, county).batches()).stream()
                        .collect(Collectors.toMap(Batch::id, b -> b));
        return pool.members(county).stream()
                .filter(m -> Optional.ofNullable(batches.get(m.batchId()))
                        .flatMap(b -> values.tier(b.tier()))
                        .filter(t -> Eligibility.ageOn(m.birthDate(), today) <= t.maxAge()
                                && Eligibility.ageOn(m.birthDate(), ahead) > t.maxAge())
                        .isPresent())
                .toList();
    }

    private Optional<Batch> batch(TenantId county, UUID batchId) {
        return context.persistence().inTransaction(em -> new ReserveRepository(em, county).batch(batchId));
    }

    private List<String> facts(TenantId county, UUID cadreId) {
        try {
            return context.cadreFacts().of(county, cadreId).stream()
                    .map(CadreFact::key)
                    .toList();
        } catch (UnsupportedOperationException olderPlatform) {
            return List.of();
        }
    }

    private static Optional<String> text(List<String> keys) {
        return keys.isEmpty() ? Optional.empty() : Optional.of(String.join(",", keys));
    }
}
