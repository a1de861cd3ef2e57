package cn.zugong.core.cadre.domain;

import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a dated status change: only the transitions {@link CadreStatus#canBecome} allows,
 * an effective date that has come (a change is recorded once it happened) and that is not before
 * the cadre's previous change, and a note of at most 200 characters.
 */
public final class CadreStatusRules {

    private CadreStatusRules() {}

    /** The statuses a cadre in this status may move to, in their declared order. */
    public static List<CadreStatus> next(CadreStatus current) {
        return Arrays.stream(CadreStatus.values())
                .filter(s -> current == null || current.canBecome(s))
                .toList();
    }

    /**
     * @param current the cadre's status now
     * @param previous the effective date of the cadre's latest recorded change, if any
     */
    public static List<Problem> change(
            CadreStatus current,
            CadreStatus next,
            LocalDate effective,
            String note,
            Optional<LocalDate> previous,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (next == null) {
            problems.add(new Problem("status", "cadre.error.required"));
        } else if (current != null && !current.canBecome(next)) {
            problems.add(new Problem("status", "cadre.status.error.transition", List.of(current.name(), next.name())));
        }
        if (effective == null) {
            problems.add(new Problem("effectiveDate", "cadre.error.required"));
        } else if (effective.isAfter(today)) {
            problems.add(new Problem("effectiveDate", "cadre.error.future"));
        } else if (previous.filter(effective::isBefore).isPresent()) {
            problems.add(new Problem(
                    "effectiveDate",
                    "cadre.status.error.before-previous",
                    List.of(previous.get().toString())));
        }
        CadrePartRules.text(problems, "note", note, 200, false);
        return problems;
    }
}
