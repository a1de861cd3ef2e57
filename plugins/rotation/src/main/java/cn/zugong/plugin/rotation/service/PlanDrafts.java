package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.ExchangeType;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.PlanRepository;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.due.Due;
import cn.zugong.plugin.rotation.exchange.ExchangeReason;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import cn.zugong.plugin.rotation.plan.Mover;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A county's exchange plans as the officer builds them: named drafts, the cadres to move (from the
 * due lists or picked), the open posts offered (the county's vacancies), saved as they are left and
 * read back. A plan of another county is never found; an approved plan is never changed.
 */
public final class PlanDrafts {

    /** The longest plan name. */
    public static final int MAX_NAME = 100;

    /** The most posts one cadre may be forbidden (what a saved move holds). */
    public static final int MAX_FORBIDDEN = 100;

    private final PluginContext context;
    private final DueService due;

    public PlanDrafts(PluginContext context) {
        this.context = context;
        this.due = new DueService(context);
    }

    public List<SavedPlan> list(TenantId county) {
        return context.persistence().inTransaction(em -> new PlanRepository(em, county).list());
    }

    public Optional<SavedPlan> find(TenantId county, UUID id) {
        return context.persistence().inTransaction(em -> new PlanRepository(em, county).find(id));
    }

    /** A new empty draft; the problems of the name otherwise. */
    public Created create(TenantId county, String name) {
        Counties.requireWritable(context.tenancy(), county);
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            return new Created(Optional.empty(), List.of(Problem.of("name", "rotation.plan.error.name")));
        }
        if (stripped.length() > MAX_NAME) {
            return new Created(
                    Optional.empty(), List.of(Problem.of("name", "rotation.plan.error.nameTooLong", MAX_NAME)));
        }
        LocalDate today = due.today();
        UUID id = context.persistence().inTransaction(em -> new PlanRepository(em, county).create(stripped, today));
        context.audit()
                .record(
                        AuditedActions.PLAN_CREATE,
                        AuditedActions.PLAN,
                        id.toString(),
                        stripped,
                        Map.of(),
                        Map.of("name", stripped));
        return new Created(Optional.of(id), List.of());
    }

    /** @param id the new plan, when made */
    public record Created(Optional<UUID> id, List<Problem> problems) {}

    /**
     * Saves the draft's posts and moves as they are; refused for an approved plan, a move to a post
     * the plan does not offer, or a cadre forbidden too many posts.
     */
    public List<Problem> save(TenantId county, SavedPlan draft, Long hard, Long soft) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<SavedPlan> stored = find(county, draft.id());
        if (stored.isEmpty()) {
            return List.of(Problem.of("plan", "rotation.plan.error.notFound"));
        }
        if (stored.get().status() != PlanStatus.DRAFT) {
            return List.of(Problem.of("plan", "rotation.plan.error.approved"));
        }
        Set<UUID> offered =
                draft.posts().stream().map(SavedPlan.Post::positionId).collect(Collectors.toSet());
        for (SavedPlan.Move move : draft.moves()) {
            if (move.positionId().filter(p -> !offered.contains(p)).isPresent()) {
                return List.of(Problem.of("moves", "rotation.plan.error.postNotOffered", move.name()));
            }
            if (move.forbidden().size() > MAX_FORBIDDEN) {
                return List.of(Problem.of("moves", "rotation.plan.error.tooManyForbidden", move.name(), MAX_FORBIDDEN));
            }
        }
        context.persistence()
                .run(em -> new PlanRepository(em, county).save(draft.id(), draft.posts(), draft.moves(), hard, soft));
        context.audit()
                .record(
                        AuditedActions.PLAN_SAVE,
                        AuditedActions.PLAN,
                        draft.id().toString(),
                        draft.name(),
                        Map.of(),
                        Map.of(
                                "posts", draft.posts().size(),
                                "moves",
                                        draft.moves().stream()
                                                .filter(m -> m.positionId().isPresent())
                                                .count(),
                                "pinned",
                                        draft.moves().stream()
                                                .filter(SavedPlan.Move::pinned)
                                                .count()));
        return List.of();
    }

    /** The cadres of one due list (must, should or terms), as moves of a plan; staying until solved. */
    public List<SavedPlan.Move> fromList(TenantId county, Mover.Reason list) {
        DueService.DueLists lists = due.lists(county, due.today());
        List<Due> rows =
                switch (list) {
                    case MUST -> lists.must();
                    case SHOULD -> lists.should();
                    case TERMS -> lists.terms();
                    case PICKED -> List.of();
                };
        Map<UUID, Due> first = new LinkedHashMap<>();
        rows.forEach(d -> first.putIfAbsent(d.cadreId(), d));
        Map<UUID, CadreCareer> careers = careers();
        List<SavedPlan.Move> moves = new ArrayList<>();
        for (Due d : first.values()) {
            Optional.ofNullable(careers.get(d.cadreId())).ifPresent(c -> moves.add(move(c, list, d.since())));
        }
        return moves;
    }

    /** The county's cadres in office, for the officer to pick from. */
    public List<CadreCareer> cadres() {
        return context.careers().inOffice();
    }

    /** A cadre the officer picked, as a move; empty when not a cadre in office of the county. */
    public Optional<SavedPlan.Move> picked(TenantId county, UUID cadreId) {
        return Optional.ofNullable(careers().get(cadreId))
                .filter(c -> c.tenant().equals(county))
                .map(c ->
                        move(c, Mover.Reason.PICKED, main(c).map(Holding::start).orElse(due.today())));
    }

    /**
     * The county's vacant posts as a plan offers them: the kind is the unit's type, one seat when the
     * unit's post quota has one free at the post's kind, none otherwise.
     */
    public List<SavedPlan.Post> vacancies() {
        Map<UUID, String> types =
                context.careers().units().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::type, (a, b) -> a));
        List<SavedPlan.Post> posts = new ArrayList<>();
        for (PositionRef p : context.careers().vacancies()) {
            posts.add(new SavedPlan.Post(
                    p.id(),
                    p.unitId(),
                    p.unitName(),
                    p.title(),
                    p.postLevel().orElse(""),
                    types.getOrDefault(p.unitId(), ""),
                    p.principal(),
                    Math.min(1, p.freeSeats())));
        }
        return posts;
    }

    private Map<UUID, CadreCareer> careers() {
        return context.careers().inOffice().stream()
                .collect(Collectors.toMap(CadreCareer::cadreId, Function.identity(), (a, b) -> a));
    }

    private SavedPlan.Move move(CadreCareer career, Mover.Reason reason, LocalDate since) {
        return new SavedPlan.Move(
                career.cadreId(),
                career.name(),
                main(career).flatMap(Holding::postLevel).orElse(""),
                reason,
                Period.between(since, due.today()).getYears(),
                Optional.empty(),
                false,
                Set.of(),
                ExchangeType.REASSIGNMENT,
                ExchangeReason.of(reason),
                Optional.empty());
    }

    private static Optional<Holding> main(CadreCareer career) {
        return career.current().stream().filter(Holding::mainPost).findFirst();
    }
}
