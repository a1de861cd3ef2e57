package cn.zugong.plugin.training.service;

import java.util.Set;

/**
 * Every action the module records in the audit trail, and the kinds of record they are about:
 * each has words for the auditors in both bundles ({@code training.audit.<action>}, {@code
 * training.audit.subject.<type>}). The tests' platform refuses an action that is not listed here.
 */
public final class AuditedActions {

    public static final Set<String> ACTIONS = Set.of(
            "course.create",
            "course.adopt",
            "record.import",
            "enrollment.enroll",
            "enrollment.select",
            "enrollment.attend",
            "enrollment.withdraw",
            "enrollment.leave",
            "enrollment.result",
            "enrollment.credit",
            "enrollment.archive",
            "enrollment.revoke",
            "followUp.open",
            "followUp.remind",
            "followUp.completed",
            "followUp.pending",
            "followUp.reminder_due",
            "followUp.overdue");

    public static final Set<String> SUBJECT_TYPES =
            Set.of("training_course", "training_enrollment", "training_follow_up", "training_import");

    private AuditedActions() {}
}
