package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.List;
import java.util.Optional;

/** The order of the steps per kind of case, and the guards every step action shares. */
public final class Steps {

    private Steps() {}

    /** The step after {@code step} for a case of this kind; empty after the last. */
    public static Optional<SelectionStep> next(SelectionCase c) {
        SelectionStep step = c.getStep();
        if (c.getKind() != SelectionKind.APPOINT) {
            return switch (step) {
                case INITIATION -> Optional.of(SelectionStep.DECISION);
                case DECISION -> Optional.of(SelectionStep.APPOINTMENT);
                default -> Optional.empty();
            };
        }
        return switch (step) {
            case INITIATION -> Optional.of(SelectionStep.RECOMMENDATION);
            case RECOMMENDATION -> Optional.of(SelectionStep.CANDIDATES);
            case CANDIDATES -> Optional.of(SelectionStep.INSPECTION);
            case INSPECTION -> Optional.of(SelectionStep.DECISION);
            case DECISION -> Optional.of(SelectionStep.PUBLICITY);
            case PUBLICITY -> Optional.of(SelectionStep.APPOINTMENT);
            case APPOINTMENT -> c.isProbation() ? Optional.of(SelectionStep.PROBATION) : Optional.empty();
            case PROBATION -> Optional.empty();
        };
    }

    /** The steps a case of this kind goes through, in order. */
    public static List<SelectionStep> path(SelectionKind kind) {
        return kind == SelectionKind.APPOINT
                ? List.of(SelectionStep.values())
                : List.of(SelectionStep.INITIATION, SelectionStep.DECISION, SelectionStep.APPOINTMENT);
    }

    /**
     * The steps this case goes through: its kind's path, without the trial year once the
     * appointment was issued without one.
     */
    public static List<SelectionStep> path(SelectionCase c) {
        if (c.getKind() == SelectionKind.APPOINT && c.getAppointedOn() != null && !c.isProbation()) {
            return path(c.getKind()).stream()
                    .filter(s -> s != SelectionStep.PROBATION)
                    .toList();
        }
        return path(c.getKind());
    }

    /**
     * Whether {@link StepService#advance} moves a case on from this step. The other steps end with
     * their own record: the decision meeting, the appointment issued, the end of the trial year.
     */
    public static boolean byAdvance(SelectionStep step) {
        return switch (step) {
            case INITIATION, RECOMMENDATION, CANDIDATES, INSPECTION, PUBLICITY -> true;
            case DECISION, APPOINTMENT, PROBATION -> false;
        };
    }

    public static SelectionCase open(SelectionCase c) {
        return c.requireOpen();
    }

    public static SelectionCase at(SelectionCase c, SelectionStep step) {
        return c.requireAt(step);
    }

    public static void requireKind(SelectionCase c, SelectionKind kind) {
        c.requireKind(kind);
    }

    public static ValidationException problem(String field, String key, Object... args) {
        return new ValidationException(List.of(new Problem(field, key, List.of(args))));
    }
}
