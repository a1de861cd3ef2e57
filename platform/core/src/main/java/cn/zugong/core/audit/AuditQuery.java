package cn.zugong.core.audit;

import java.time.Instant;

/**
 * A page of the audit trail, newest first, with the auditor's filters. Empty text and null
 * bounds filter nothing.
 *
 * @param tenant one tenant's code, or empty for every tenant the auditor may read
 * @param actor part of the user name
 * @param action the action or its beginning ({@code unit.} finds every unit action)
 * @param subjectType the kind of record, exactly
 * @param subjectId the record's id, exactly
 * @param from earliest time, inclusive, or null
 * @param to latest time, exclusive, or null
 * @param offset first row
 * @param limit number of rows
 */
public record AuditQuery(
        String tenant,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        Instant from,
        Instant to,
        int offset,
        int limit) {

    public AuditQuery {
        tenant = strip(tenant);
        actor = strip(actor);
        action = strip(action);
        subjectType = strip(subjectType);
        subjectId = strip(subjectId);
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    /** No filter: the newest events of every readable tenant. */
    public static AuditQuery all(int offset, int limit) {
        return new AuditQuery("", "", "", "", "", null, null, offset, limit);
    }

    /** The same filters for another page. */
    public AuditQuery page(int newOffset, int newLimit) {
        return new AuditQuery(tenant, actor, action, subjectType, subjectId, from, to, newOffset, newLimit);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
