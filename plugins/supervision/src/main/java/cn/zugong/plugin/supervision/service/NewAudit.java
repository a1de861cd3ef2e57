package cn.zugong.plugin.supervision.service;

import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.econ.AuditKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An economic responsibility audit as the officer records it when it starts.
 *
 * @param cadreId the audited cadre
 * @param kind 任前, 任中 or 离任
 * @param post the post whose tenure is audited
 * @param caseId the selection case that needs it, or null
 * @param auditor the body making the audit (审计机关)
 * @param periodFrom first day of the tenure audited
 * @param periodTo last day of the tenure audited
 * @param startedOn the day the audit started
 */
public record NewAudit(
        UUID cadreId,
        AuditKind kind,
        String post,
        UUID caseId,
        String auditor,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate startedOn) {

    static final int TEXT_MAX = 200;

    /** What is missing or wrong, by field; the start may not lie after {@code today}. */
    List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.of("kind", "supervision.field.required"));
        }
        text(problems, "post", post);
        text(problems, "auditor", auditor);
        if (periodFrom == null) {
            problems.add(Problem.of("periodFrom", "supervision.field.required"));
        }
        if (periodTo == null) {
            problems.add(Problem.of("periodTo", "supervision.field.required"));
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            problems.add(Problem.of("periodTo", "supervision.econ.periodReversed"));
        }
        if (startedOn == null) {
            problems.add(Problem.of("startedOn", "supervision.field.required"));
        } else if (startedOn.isAfter(today)) {
            problems.add(Problem.of("startedOn", "supervision.field.future"));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.of(field, "supervision.field.required"));
        } else if (value.strip().length() > TEXT_MAX) {
            problems.add(Problem.of(field, "supervision.field.tooLong", TEXT_MAX));
        }
    }
}
