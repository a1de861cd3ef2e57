package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.security.RequestOrigin;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.UUID;

/**
 * Appends one event to a tenant's chain in the current transaction: locks the chain head (creating
 * it for the tenant's first event), links the event to the head's hash, stores it and moves the
 * head. The request's origin (session hash, client address) goes into the link. Callers have
 * decided that the tenant may be written to; this class checks nothing.
 */
final class ChainAppender {

    static final String SYSTEM = "system";
    private static final RequestOrigin NO_ORIGIN = new RequestOrigin(null, null);

    private final EntityManager em;
    private final Clock clock;

    ChainAppender(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    AuditEntry append(
            TenantId tenant,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson) {
        AuditChainHead head = lockHead(tenant.code());
        AuditEntry entry =
                next(head, tenant.code(), clock, action, subjectType, subjectId, summary, beforeJson, afterJson);
        em.persist(new AuditEvent(entry));
        head.advance(entry);
        return entry;
    }

    /**
     * The link that follows {@code head} in the chain {@code chain}: by the current user, from the
     * request's origin, at the clock's time.
     */
    static AuditEntry next(
            ChainEnd head,
            String chain,
            Clock clock,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson) {
        RequestOrigin origin = origin();
        return AuditEntry.chain(
                head.lastHash(),
                chain,
                head.lastSeq() + 1,
                UUID.randomUUID(),
                ChainHash.storable(clock.instant()),
                actor(),
                action,
                subjectType,
                subjectId,
                summary,
                beforeJson,
                afterJson,
                origin.sessionHash(),
                origin.clientAddress());
    }

    /** The user of the current request, or {@link #SYSTEM} outside one. */
    static String actor() {
        return CurrentUserHolder.current().map(CurrentUser::username).orElse(SYSTEM);
    }

    /** Where the current request came from; both parts null outside a request. */
    static RequestOrigin origin() {
        return RequestOrigin.current().orElse(NO_ORIGIN);
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
