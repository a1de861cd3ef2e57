package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private static final int PAGE = 500;

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
        ChainVerifier verifier = new ChainVerifier(tenant.code());
        long after = 0;
        boolean going = true;
        while (going && after < headSeq) {
            List<AuditEvent> page = em.createQuery(
                            "select e from AuditEvent e where e.tenantId = :tenant and e.seq > :after"
                                    + " and e.seq <= :head order by e.seq",
                            AuditEvent.class)
                    .setParameter("tenant", tenant.code())
                    .setParameter("after", after)
                    .setParameter("head", headSeq)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditEvent event : page) {
                AuditEntry link = event.toEntry();
                em.detach(event);
                going = verifier.accept(link);
                after = link.seq();
                if (!going) {
                    break;
                }
            }
            going = going && page.size() == PAGE;
        }
        ChainVerdict verdict = verifier.verdict(headSeq, headHash);
        new ChainAppender(em, clock)
                .append(
                        tenant,
                        ACTION,
                        "audit_chain",
                        tenant.code(),
                        summary(verdict),
                        null,
                        AuditJson.of(details(verdict)));
        return verdict;
    }

    private static String summary(ChainVerdict verdict) {
        return verdict.broken()
                .map(b -> b.problem() + " at " + b.seq())
                .orElse("intact, " + verdict.checked() + " events");
    }

    private static Map<String, Object> details(ChainVerdict verdict) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ok", verdict.ok());
        details.put("checked", verdict.checked());
        verdict.broken().ifPresent(b -> {
            details.put("seq", b.seq());
            details.put("eventId", b.eventId());
            details.put("problem", b.problem().name());
        });
        return details;
    }
}
