package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Verifies a tenant's chain for an auditor: reads the chain head first, then walks the events up
 * to it in sequence order, a page at a time, and names the first broken link. Events appended
 * while it runs lie beyond the head it read and are left for the next run.
 *
 * <p>Each run is itself recorded in the verified tenant's chain ({@code audit.verify}, with the
 * verdict as its "after"), so the trail shows who checked it, when, and what they were told.
 */
@ApplicationScoped
@Transactional
public class AuditVerification {

    static final String ACTION = "audit.verify";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditScope scope;

    Clock clock = Clock.systemUTC();

    public ChainVerdict verify(TenantId tenant) {
        if (!scope.tenants().contains(tenant)) {
            throw new AccessDeniedException("error.access.denied");
        }
        AuditWall.open(em, List.of(tenant.code()));
        AuditChainHead head = em.find(AuditChainHead.class, tenant.code());
        long headSeq = head == null ? 0 : head.lastSeq();
        String headHash = head == null ? ChainHash.GENESIS : head.lastHash();
        if (head != null) {
            em.detach(head);
        }
        ChainVerdict verdict = ChainWalk.verify(tenant.code(), headSeq, headHash, (after, last, max) -> em
                .createQuery(
                        "select e from AuditEvent e where e.tenantId = :tenant and e.seq > :after"
                                + " and e.seq <= :head order by e.seq",
                        AuditEvent.class)
                .setParameter("tenant", tenant.code())
                .setParameter("after", after)
                .setParameter("head", last)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(event -> {
                    em.detach(event);
                    return event.toEntry();
                })
                .toList());
        new ChainAppender(em, clock)
                .append(
                        tenant,
                        ACTION,
                        "audit_chain",
                        tenant.code(),
                        ChainWalk.summary(verdict),
                        null,
                        ChainWalk.details(verdict));
        return verdict;
    }
}
