package cn.zugong.core.audit;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUserHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The platform auditor's reading and verification of the platform chain ({@link PlatformChain}):
 * pages newest first with the same filters as a county's trail (the tenant aside), and the walk of
 * the whole chain naming the first broken link. Refused to everyone but {@code platform-auditor},
 * here on the server; on PostgreSQL the chain is readable only in a transaction opened for it.
 * Each verification is itself recorded in the chain ({@code audit.verify}).
 */
@ApplicationScoped
@Transactional
public class PlatformAuditReader {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Whether the current user may read the platform chain (for menus; the methods check again). */
    public static boolean mayRead() {
        return CurrentUserHolder.hasRole(AuditScope.PLATFORM_AUDITOR);
    }

    public List<AuditEntry> list(AuditQuery query) {
        return open(
                        em.createQuery(
                                "select e from PlatformAuditEvent e where 1 = 1" + AuditFilters.conditions(query)
                                        + " order by e.seq desc",
                                PlatformAuditEvent.class),
                        query)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultStream()
                .map(PlatformAuditEvent::toEntry)
                .toList();
    }

    public int count(AuditQuery query) {
        return open(
                        em.createQuery(
                                "select count(e) from PlatformAuditEvent e where 1 = 1"
                                        + AuditFilters.conditions(query),
                                Long.class),
                        query)
                .getSingleResult()
                .intValue();
    }

    public ChainVerdict verify() {
        require();
        AuditWall.open(em, List.of(PlatformChain.ID));
        PlatformChainHead head = em.find(PlatformChainHead.class, PlatformChain.ID);
        long headSeq = head.lastSeq();
        String headHash = head.lastHash();
        em.detach(head);
        ChainVerdict verdict = ChainWalk.verify(PlatformChain.ID, headSeq, headHash, (after, last, max) -> em
                .createQuery(
                        "select e from PlatformAuditEvent e where e.seq > :after and e.seq <= :head order by e.seq",
                        PlatformAuditEvent.class)
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
        new PlatformChainAppender(em, clock)
                .append(
                        AuditVerification.ACTION,
                        "audit_chain",
                        PlatformChain.ID,
                        ChainWalk.summary(verdict),
                        null,
                        ChainWalk.details(verdict));
        return verdict;
    }

    private <T> TypedQuery<T> open(TypedQuery<T> select, AuditQuery query) {
        require();
        AuditWall.open(em, List.of(PlatformChain.ID));
        return AuditFilters.bind(select, query);
    }

    private static void require() {
        if (!mayRead()) {
            throw new AccessDeniedException("error.access.denied");
        }
    }
}
