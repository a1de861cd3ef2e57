package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The auditors' reading of the trail: lazy pages, newest first, filtered. Refused to everyone but
 * the auditor roles ({@link AuditScope}), here on the server and not only by hiding the menu.
 */
@ApplicationScoped
@Transactional
public class AuditReader {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditScope scope;

    /** The tenants the current user may audit, by code; refused when none. */
    public List<TenantId> tenants() {
        Set<TenantId> tenants = scope.tenants();
        if (tenants.isEmpty()) {
            throw new AccessDeniedException("error.access.denied");
        }
        return tenants.stream().sorted(Comparator.comparing(TenantId::code)).toList();
    }

    public List<AuditEntry> list(AuditQuery query) {
        TypedQuery<AuditEvent> select = em.createQuery(
                "select e from AuditEvent e" + where(query) + " order by e.occurredAt desc, e.tenantId, e.seq desc",
                AuditEvent.class);
        return bind(select, query)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultStream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    public int count(AuditQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where(query), Long.class);
        return bind(count, query).getSingleResult().intValue();
    }

    private static String where(AuditQuery query) {
        StringBuilder where = new StringBuilder(" where e.tenantId in :tenants");
        if (!query.actor().isEmpty()) {
            where.append(" and lower(e.actor) like :actor escape '\\'");
        }
        if (!query.action().isEmpty()) {
            where.append(" and e.action like :action escape '\\'");
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

    private <T> TypedQuery<T> bind(TypedQuery<T> select, AuditQuery query) {
        Set<String> tenants = readable(query.tenant());
        AuditWall.open(em, tenants);
        select.setParameter("tenants", tenants);
        if (!query.actor().isEmpty()) {
            select.setParameter("actor", "%" + like(query.actor().toLowerCase()) + "%");
        }
        if (!query.action().isEmpty()) {
            select.setParameter("action", like(query.action()) + "%");
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

    /** The tenants to read: the one asked for, if the user may audit it, or all the user may. */
    private Set<String> readable(String tenant) {
        Set<String> allowed = AuditScope.codes(scope.tenants());
        if (allowed.isEmpty() || (!tenant.isEmpty() && !allowed.contains(tenant))) {
            throw new AccessDeniedException("error.access.denied");
        }
        return tenant.isEmpty() ? allowed : Set.of(tenant);
    }

    /** Wildcards typed by the auditor are taken literally. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
