package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Writes audit events: every change (who, tenant, when, what, before and after) and every
 * sensitive read (opening a full cadre file, an export, a print).
 *
 * <p>It joins the caller's transaction: a change that rolls back leaves no event, and no change
 * commits without its event. Each tenant has its own chain: the next sequence number and {@code
 * hash = SHA-256(prev_hash || fields)} are taken under a lock on the tenant's chain head, so
 * concurrent writers of one tenant queue up and the chain never forks.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    /** The actor recorded outside a request (start-up, background work). */
    public static final String SYSTEM = ChainAppender.SYSTEM;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Records an event in the request's writable tenant.
     *
     * @param action what happened, {@code <feature>.<verb>} such as {@code unit.update}
     * @param subjectType the kind of record, such as {@code unit}
     * @param subjectId the record's id
     * @param summary a short line a person recognizes the record by
     * @param beforeJson the record before a change as JSON, or null (creations, reads)
     * @param afterJson the record after a change as JSON, or null (deletions, reads)
     * @throws IllegalStateException without a writable tenant (use the overload with a tenant)
     */
    public void record(
            String action, String subjectType, String subjectId, String summary, String beforeJson, String afterJson) {
        TenantId tenant = TenancyHolder.current()
                .writable()
                .orElseThrow(() -> new IllegalStateException("No writable tenant: name the tenant of the record"));
        append(tenant, action, subjectType, subjectId, summary, beforeJson, afterJson);
    }

    /**
     * Records an event in the chain of a tenant the request may read: for a supervisor's read-only
     * drill-down, the tenant whose record was read.
     *
     * @throws IllegalStateException when the request may not read that tenant
     */
    public void record(
            TenantId tenant,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson) {
        if (!TenancyHolder.current().readable().contains(tenant)) {
            throw new IllegalStateException("Tenant " + tenant.code() + " is outside the request's tenancy");
        }
        append(tenant, action, subjectType, subjectId, summary, beforeJson, afterJson);
    }

    private void append(
            TenantId tenant,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson) {
        assert AuditActions.known(action) : "Audit action " + action + " is not listed in AuditActions";
        new ChainAppender(em, clock).append(tenant, action, subjectType, subjectId, summary, beforeJson, afterJson);
    }
}
