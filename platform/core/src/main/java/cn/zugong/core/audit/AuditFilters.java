package cn.zugong.core.audit;

import cn.zugong.core.db.Like;
import jakarta.persistence.TypedQuery;

/**
 * The auditor's filters of a page of the trail ({@link AuditQuery}, all but the tenant) as JPQL
 * conditions on an event alias {@code e}, for the county trails and the platform chain alike.
 * Wildcards typed by the auditor are taken literally.
 */
final class AuditFilters {

    private AuditFilters() {}

    /** The conditions, each starting with {@code and}; empty when nothing is filtered. */
    static String conditions(AuditQuery query) {
        StringBuilder where = new StringBuilder();
        if (!query.actor().isEmpty()) {
            where.append(" and lower(e.actor) like :actor" + Like.ESCAPE);
        }
        if (!query.action().isEmpty()) {
            where.append(" and e.action like :action" + Like.ESCAPE);
        }
        if (!query.subjectType().isEmpty()) {
            where.append(" and e.subjectType = :subjectType");
        }
        if (!query.subjectId().isEmpty()) {
            where.append(" and e.subjectId = :subjectId");
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        return where.toString();
    }

    /** Binds the parameters of {@link #conditions}. */
    static <T> TypedQuery<T> bind(TypedQuery<T> select, AuditQuery query) {
        if (!query.actor().isEmpty()) {
            select.setParameter("actor", Like.contains(query.actor().toLowerCase()));
        }
        if (!query.action().isEmpty()) {
            select.setParameter("action", Like.prefix(query.action()));
        }
        if (!query.subjectType().isEmpty()) {
            select.setParameter("subjectType", query.subjectType());
        }
        if (!query.subjectId().isEmpty()) {
            select.setParameter("subjectId", query.subjectId());
        }
        if (query.from() != null) {
            select.setParameter("from", query.from());
        }
        if (query.to() != null) {
            select.setParameter("to", query.to());
        }
        return select;
    }
}
