package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

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
    public static final String SYSTEM = "system";

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

    /** Appends without the tenancy check: for the audit services, which checked the auditor's scope. */
    AuditEntry append(
            TenantId tenant,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson) {
        AuditChainHead head = lockHead(tenant.code());
        AuditEntry entry = AuditEntry.chain(
                head.lastHash(),
                tenant.code(),
                head.lastSeq() + 1,
                UUID.randomUUID(),
                ChainHash.storable(clock.instant()),
                CurrentUserHolder.current().map(CurrentUser::username).orElse(SYSTEM),
                action,
                subjectType,
                subjectId,
                summary,
                beforeJson,
                afterJson);
        em.persist(new AuditEvent(entry));
        head.advance(entry);
        return entry;
    }

    private AuditChainHead lockHead(String tenant) {
        AuditChainHead head = em.find(AuditChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            createHead(tenant);
            head = em.find(AuditChainHead.class, tenant, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    /** The first event of a tenant creates its head; two first events at once must not both fail. */
    private void createHead(String tenant) {
        String insert = AuditWall.isPostgres(em)
                ? "insert into audit_chain_head (tenant_id, last_seq, last_hash) values (?1, 0, ?2)"
                        + " on conflict (tenant_id) do nothing"
                : "insert into audit_chain_head (tenant_id, last_seq, last_hash) select ?1, 0, ?2"
                        + " where not exists (select 1 from audit_chain_head where tenant_id = ?1)";
        em.createNativeQuery(insert)
                .setParameter(1, tenant)
                .setParameter(2, ChainHash.GENESIS)
                .executeUpdate();
    }
}
