package cn.zugong.core.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;

/**
 * Appends one link to the platform chain in the current transaction: locks the chain's head row,
 * links the event to the head's hash with the current user and origin, stores it and moves the
 * head. Callers have decided that the event belongs there; this class checks nothing.
 */
final class PlatformChainAppender {

    private final EntityManager em;
    private final Clock clock;

    PlatformChainAppender(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    AuditEntry append(
            String action, String subjectType, String subjectId, String summary, String beforeJson, String afterJson) {
        PlatformChainHead head = em.find(PlatformChainHead.class, PlatformChain.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The platform chain's head is missing (migration V18)");
        }
        AuditEntry entry = ChainAppender.next(
                head, PlatformChain.ID, clock, action, subjectType, subjectId, summary, beforeJson, afterJson);
        em.persist(new PlatformAuditEvent(entry));
        head.advance(entry);
        return entry;
    }
}
