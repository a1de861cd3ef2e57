package cn.zugong.plugin.rotation.service;

import java.util.Set;

/**
 * Every action the module records in the audit trail, and the kinds of record they are about: each
 * has words for the auditors in both bundles ({@code rotation.audit.<action>}, {@code
 * rotation.audit.subject.<type>}).
 */
public final class AuditedActions {

    public static final String FINDING_DETECT = "finding.detect";
    public static final String FINDING_MOVE = "finding.move";
    public static final String TERM_CORRECT = "term.correct";
    public static final String KIN_RECORD = "kin.record";
    public static final String GROWTH_CONFIRM = "growth.confirm";
    public static final String PLAN_CREATE = "plan.create";
    public static final String PLAN_SAVE = "plan.save";
    public static final String PLAN_APPROVE = "plan.approve";
    public static final String EXCHANGE_UPDATE = "exchange.update";
    public static final String EXCHANGE_MOVE = "exchange.move";

    public static final Set<String> ACTIONS = Set.of(
            FINDING_DETECT,
            FINDING_MOVE,
            TERM_CORRECT,
            KIN_RECORD,
            GROWTH_CONFIRM,
            PLAN_CREATE,
            PLAN_SAVE,
            PLAN_APPROVE,
            EXCHANGE_UPDATE,
            EXCHANGE_MOVE);

    public static final String FINDING = "rotation_finding";
    public static final String CADRE = "cadre";
    public static final String PLAN = "rotation_plan";
    public static final String EXCHANGE = "rotation_exchange";

    public static final Set<String> SUBJECT_TYPES = Set.of(FINDING, CADRE, PLAN, EXCHANGE);

    private AuditedActions() {}
}
