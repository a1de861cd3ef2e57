package cn.zugong.plugin.supervision.service;

import java.util.Set;

/**
 * Every action the module records in the audit trail (reads of reports and measures included) and
 * the kinds of record they are about; each has words for the auditors in both bundles ({@code
 * supervision.audit.<action>}, {@code supervision.audit.subject.<type>}). The tests' platform
 * refuses an action not listed here.
 */
public final class AuditedActions {

    public static final Set<String> ACTIONS = Set.of(
            "report.register",
            "report.registered",
            "report.receive",
            "report.read",
            "report.list",
            "report.accepted",
            "report.redirected",
            "report.insufficient",
            "report.answered_from_closure",
            "report.assigned",
            "report.investigating",
            "report.extension_requested",
            "report.concluded",
            "report.feedback_given",
            "report.closed",
            "report.archived",
            "report.export",
            "matters.open",
            "matters.submitted",
            "matters.draw",
            "matters.selected_focused",
            "matters.verifying",
            "matters.consistent",
            "matters.discrepancy",
            "matters.explanation_requested",
            "matters.decided",
            "matters.lift",
            "matters.read",
            "matters.list",
            "matters.integrity",
            "matters.export",
            "trial.open",
            "trial.extend",
            "trial.end",
            "measure.record",
            "measure.list",
            "econ.record",
            "econ.report");

    public static final Set<String> SUBJECT_TYPES = Set.of(
            "supervision_report",
            "supervision_matters",
            "supervision_draw",
            "supervision_trial",
            "supervision_measure",
            "supervision_econ_audit");

    private AuditedActions() {}
}
