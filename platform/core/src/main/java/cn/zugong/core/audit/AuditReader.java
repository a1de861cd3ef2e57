package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The auditors' reading of the trail: lazy pages, newest first, filtered. Refused to everyone but
 * the auditor roles ({@link AuditScope}), here on the server and not only by hiding the menu.
 *
 * <p>One narrow exception, {@link #subjectHistory}: the events of one record whose history is part
 * of the record itself (the whole-process record of a selection case), for whoever reads the
 * record's county.
 */
@ApplicationScoped
@Transactional
public class AuditReader {

    /**
     * The kinds of record whose history their readers may read without an auditor role: the
     * selection case, whose journal is its whole-process record (quancheng jishi, DOMAIN 4.7).
     */
    public static final Set<String> HISTORY_SUBJECT_TYPES = Set.of("selection_case");

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

    /**
     * The events of one record, oldest first (in its chain's sequence order), in the tenants the
     * request reads. Only for the kinds in {@link #HISTORY_SUBJECT_TYPES}; no auditor role needed,
     * so the caller has already checked that the user reads the record itself.
     *
     * <p>Runs in a transaction of its own: the audit wall is opened for exactly the request's
     * readable tenants and closes with that transaction, so the caller's transaction is never
     * widened.
     *
     * @throws AccessDeniedException for any other kind of record
     * @throws IllegalArgumentException without a record id
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<AuditEntry> subjectHistory(String subjectType, String subjectId) {
        requireHistoryReadable(subjectType);
        if (subjectId == null || subjectId.isBlank()) {
            throw new IllegalArgumentException("No subject id");
        }
        Set<String> tenants = TenancyHolder.current().readableCodes();
        if (tenants.isEmpty()) {
            return List.of();
        }
        AuditWall.open(em, tenants);
        return em.createQuery(
                        "select e from AuditEvent e where e.tenantId in :tenants and e.subjectType = :type"
                                + " and e.subjectId = :id order by e.tenantId, e.seq",
                        AuditEvent.class)
                .setParameter("tenants", tenants)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultStream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    /** Refuses kinds of record whose history is for the auditors only. */
    static void requireHistoryReadable(String subjectType) {
        if (subjectType == null || !HISTORY_SUBJECT_TYPES.contains(subjectType)) {
            throw new AccessDeniedException("error.access.denied");
        }
    }

    private static String where(AuditQuery query) {
        return " where e.tenantId in :tenants" + AuditFilters.conditions(query);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> select, AuditQuery query) {
        Set<String> tenants = readable(query.tenant());
        AuditWall.open(em, tenants);
        select.setParameter("tenants", tenants);
        return AuditFilters.bind(select, query);
    }

    /** The tenants to read: the one asked for, if the user may audit it, or all the user may. */
    private Set<String> readable(String tenant) {
        Set<String> allowed = AuditScope.codes(scope.tenants());
        if (allowed.isEmpty() || (!tenant.isEmpty() && !allowed.contains(tenant))) {
            throw new AccessDeniedException("error.access.denied");
        }
        return tenant.isEmpty() ? allowed : Set.of(tenant);
    }
}
