package cn.zugong.plugin.reserve.service;

import java.util.Set;

/**
 * Every action the module records in the audit trail, and the kinds of record they are about: each
 * has words for the auditors in both bundles ({@code reserve.audit.<action>}, {@code
 * reserve.audit.subject.<type>}).
 */
public final class AuditedActions {

    public static final String BATCH_CREATE = "batch.create";
    public static final String CANDIDATE_NOMINATE = "candidate.nominate";
    public static final String CANDIDATE_MOVE = "candidate.move";

    public static final String MEMBER_PROMOTED = "member.promoted";
    public static final String MEMBER_EXIT = "member.exit";
    public static final String MEMBER_REVIEW = "member.review";
    public static final String MEMBER_PLAN = "member.plan";

    public static final Set<String> ACTIONS = Set.of(
            BATCH_CREATE, CANDIDATE_NOMINATE, CANDIDATE_MOVE, MEMBER_PROMOTED, MEMBER_EXIT, MEMBER_REVIEW, MEMBER_PLAN);

    public static final String BATCH = "reserve_batch";
    public static final String CANDIDATE = "reserve_candidate";

    public static final Set<String> SUBJECT_TYPES = Set.of(BATCH, CANDIDATE);

    private AuditedActions() {}
}
