package cn.zugong.plugin.rotation.plan;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules and preferences of an exchange plan. The constraint names are the ids the plan page
 * explains a move with ({@code rotation.plan.constraint.<id>}).
 *
 * <p>Hard: level and post kind fit, avoidance (V-E1, V-E2), 职数, V-E4, the officer's forbids. "One
 * cadre, one post" holds by construction (one variable per cadre). Soft: a cadre due to move is
 * moved (weighted by the list, then by the years in post), the post's field is one the cadre knows,
 * a receiving team keeps a woman and a member under 45, and as few moves as possible.
 */
public final class PlanConstraints implements ConstraintProvider {

    public static final String LEVEL_AND_KIND = "levelAndKind";
    public static final String AVOIDANCE = "avoidance";
    public static final String SEATS = "seats";
    public static final String TERMS = "terms";
    public static final String FORBIDDEN = "forbidden";
    public static final String REASON_UNCOVERED = "reasonUncovered";
    public static final String TIME_IN_POST = "timeInPost";
    public static final String EXPERTISE = "expertise";
    public static final String TEAM_GENDER = "teamGender";
    public static final String TEAM_AGE = "teamAge";
    public static final String MOVES = "moves";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            levelAndKind(factory),
            avoidance(factory),
            seats(factory),
            terms(factory),
            forbidden(factory),
            reasonUncovered(factory),
            timeInPost(factory),
            expertise(factory),
            teamGender(factory),
            teamAge(factory),
            moves(factory)
        };
    }

    Constraint levelAndKind(ConstraintFactory factory) {
        return factory.forEach(Mover.class)
                .filter(m -> !m.fits(m.getPost()))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint(LEVEL_AND_KIND);
    }

    Constraint avoidance(ConstraintFactory factory) {
        return barred(factory, Bar.Kind.AVOIDANCE, AVOIDANCE);
    }

    Constraint terms(ConstraintFactory factory) {
        return barred(factory, Bar.Kind.TERMS, TERMS);
    }

    private static Constraint barred(ConstraintFactory factory, Bar.Kind kind, String name) {
        return factory.forEach(Mover.class)
                .join(
                        factory.forEach(Bar.class).filter(b -> b.kind() == kind),
                        Joiners.equal(Mover::getCadreId, Bar::cadreId),
                        Joiners.equal(m -> m.getPost().id(), Bar::postId))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint(name);
    }

    Constraint seats(ConstraintFactory factory) {
        return factory.forEach(Mover.class)
                .groupBy(Mover::getPost, count())
                .filter((post, movers) -> movers > post.seats())
                .penalize(HardSoftScore.ONE_HARD, (post, movers) -> movers - post.seats())
                .asConstraint(SEATS);
    }

    Constraint forbidden(ConstraintFactory factory) {
        return factory.forEach(Mover.class)
                .filter(m -> m.forbids(m.getPost()))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint(FORBIDDEN);
    }

    Constraint reasonUncovered(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Mover.class)
                .filter(m -> m.getPost() == null)
                .penalize(HardSoftScore.ONE_SOFT, m -> m.getReason().weight())
                .asConstraint(REASON_UNCOVERED);
    }

    Constraint timeInPost(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Mover.class)
                .filter(m -> m.getPost() == null)
                .penalize(HardSoftScore.ONE_SOFT, Mover::getYearsInPost)
                .asConstraint(TIME_IN_POST);
    }

    Constraint expertise(ConstraintFactory factory) {
        return factory.forEach(Mover.class)
                .filter(m -> m.knows(m.getPost()))
                .reward(HardSoftScore.ofSoft(5))
                .asConstraint(EXPERTISE);
    }

    Constraint teamGender(ConstraintFactory factory) {
        return factory.forEach(Mover.class)
                .groupBy(m -> m.getPost().unitId(), sum(m -> m.isWoman() ? 1 : 0), sum(m -> m.getPost()
                        .teamWomen()))
                .filter((unit, women, team) -> women == 0 && team == 0)
                .penalize(HardSoftScore.ofSoft(5))
                .asConstraint(TEAM_GENDER);
    }

    Constraint teamAge(ConstraintFactory factory) {
        return factory.forEach(Mover.class)
                .groupBy(m -> m.getPost().unitId(), sum(m -> m.under45() ? 1 : 0), sum(m -> m.getPost()
                        .teamUnder45()))
                .filter((unit, young, team) -> young == 0 && team == 0)
                .penalize(HardSoftScore.ofSoft(5))
                .asConstraint(TEAM_AGE);
    }

    Constraint moves(ConstraintFactory factory) {
        return factory.forEach(Mover.class).penalize(HardSoftScore.ONE_SOFT).asConstraint(MOVES);
    }
}
