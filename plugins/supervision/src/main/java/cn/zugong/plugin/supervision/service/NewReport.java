package cn.zugong.plugin.supervision.service;

import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A report as an officer registers it from a letter, call, message or visit.
 *
 * @param channel how it came in
 * @param realName whether the reporter gave their name (实名)
 * @param reporterName the reporter's name, for a real-name report
 * @param reporterContact how to give the reporter feedback, for a real-name report
 * @param category what it is about
 * @param summary what is reported
 * @param specificClues whether its clues are specific and checkable (凡提四必 4)
 * @param received the day it was received
 * @param subjects the registry's cadres it is about
 */
public record NewReport(
        ReportChannel channel,
        boolean realName,
        String reporterName,
        String reporterContact,
        ReportCategory category,
        String summary,
        boolean specificClues,
        LocalDate received,
        List<UUID> subjects) {

    static final int SUMMARY_MAX = 2000;

    public NewReport {
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    /** What is missing or wrong, by field; the receipt may not lie after {@code today}. */
    List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (channel == null) {
            problems.add(Problem.of("channel", "supervision.field.required"));
        }
        if (category == null) {
            problems.add(Problem.of("category", "supervision.field.required"));
        }
        if (summary == null || summary.isBlank()) {
            problems.add(Problem.of("summary", "supervision.field.required"));
        } else if (summary.length() > SUMMARY_MAX) {
            problems.add(Problem.of("summary", "supervision.field.tooLong", SUMMARY_MAX));
        }
        if (received == null) {
            problems.add(Problem.of("received", "supervision.field.required"));
        } else if (received.isAfter(today)) {
            problems.add(Problem.of("received", "supervision.field.future"));
        }
        if (realName && (reporterName == null || reporterName.isBlank())) {
            problems.add(Problem.of("reporterName", "supervision.report.realNameNeedsName"));
        }
        if (realName && (reporterContact == null || reporterContact.isBlank())) {
            problems.add(Problem.of("reporterContact", "supervision.report.realNameNeedsContact"));
        }
        if (reporterName != null && reporterName.length() > 100) {
            problems.add(Problem.of("reporterName", "supervision.field.tooLong", 100));
        }
        if (reporterContact != null && reporterContact.length() > 200) {
            problems.add(Problem.of("reporterContact", "supervision.field.tooLong", 200));
        }
        return problems;
    }
}
