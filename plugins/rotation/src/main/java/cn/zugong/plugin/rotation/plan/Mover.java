package cn.zugong.plugin.rotation.plan;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A cadre the plan may move: the planning entity. Its variable is the open post the cadre goes to;
 * none means the cadre stays. One variable per cadre is what makes "one cadre, one post" hold by
 * construction. A pinned cadre keeps the post the officer fixed; a forbidden post is never proposed.
 */
@PlanningEntity
public class Mover {

    @PlanningId
    private UUID cadreId;

    private String name;
    private String level;
    private Set<String> kinds;
    private Reason reason;
    private int yearsInPost;
    private int age;
    private boolean woman;
    private Set<String> fields;
    private Set<UUID> forbidden;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(allowsUnassigned = true)
    private OpenPost post;

    /** For Timefold, which clones entities. */
    Mover() {}

    /**
     * @param cadreId the cadre
     * @param name the cadre's name
     * @param level the cadre's level now
     * @param kinds the post kinds the cadre may take (the cadre's own and those an exchange allows)
     * @param reason why the cadre is in the plan
     * @param yearsInPost full years in the current post
     * @param age age in full years
     * @param woman whether the cadre is a woman
     * @param fields the cadre's professional fields (熟悉专业)
     */
    public Mover(
            UUID cadreId,
            String name,
            String level,
            Set<String> kinds,
            Reason reason,
            int yearsInPost,
            int age,
            boolean woman,
            Set<String> fields) {
        this.cadreId = Objects.requireNonNull(cadreId, "cadreId");
        this.name = Objects.requireNonNull(name, "name");
        this.level = Objects.requireNonNull(level, "level");
        this.kinds = Set.copyOf(kinds);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.yearsInPost = yearsInPost;
        this.age = age;
        this.woman = woman;
        this.fields = Set.copyOf(fields);
        this.forbidden = Set.of();
    }

    /** Why a cadre is in the plan, and how much leaving the cadre in place costs. */
    public enum Reason {
        /** On the must list (V-E3 same post, V-E7). */
        MUST(100),
        /** On the should list (V-E3 same level). */
        SHOULD(30),
        /** At a V-E4 limit. */
        TERMS(60),
        /** Picked by the officer. */
        PICKED(10);

        private final int weight;

        Reason(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    public boolean fits(OpenPost target) {
        return level.equals(target.level()) && kinds.contains(target.kind());
    }

    public boolean knows(OpenPost target) {
        return !target.field().isEmpty() && fields.contains(target.field());
    }

    public boolean forbids(OpenPost target) {
        return forbidden.contains(target.id());
    }

    public boolean under45() {
        return age < 45;
    }

    /** Fixes the cadre to {@code target} (or to staying, when null) for every later solve. */
    public void pin(OpenPost target) {
        this.post = target;
        this.pinned = true;
    }

    public void forbid(Set<UUID> posts) {
        this.forbidden = Set.copyOf(posts);
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public String getName() {
        return name;
    }

    public String getLevel() {
        return level;
    }

    public Reason getReason() {
        return reason;
    }

    public int getYearsInPost() {
        return yearsInPost;
    }

    public boolean isWoman() {
        return woman;
    }

    public boolean isPinned() {
        return pinned;
    }

    public OpenPost getPost() {
        return post;
    }

    public void setPost(OpenPost post) {
        this.post = post;
    }

    @Override
    public String toString() {
        return name + "->" + (post == null ? "-" : post.title());
    }
}
