package cn.zugong.core.audit;

import cn.zugong.core.audit.ChainVerdict.BrokenLink;
import cn.zugong.core.audit.ChainVerdict.Problem;
import java.util.UUID;

/**
 * Walks one tenant's chain in sequence order and names the first broken link. Pure logic: feed it
 * the links ordered by {@code seq}, then ask for the verdict against the chain head (the last
 * sequence number and hash the platform wrote, kept apart from the events).
 *
 * <p>Checks per link, in this order: the sequence number follows the previous one (a gap means
 * deleted rows), the link points to the previous link's stored hash, and its content still gives
 * its stored hash. At the end the last link must be the one the head names (deleted newest rows).
 */
public final class ChainVerifier {

    private final String tenantId;
    private long expectedSeq = 1;
    private String previousHash = ChainHash.GENESIS;
    private UUID lastId;
    private BrokenLink broken;

    public ChainVerifier(String tenantId) {
        this.tenantId = tenantId;
    }

    /** Checks the next link; returns false once a link is broken (later links are not looked at). */
    public boolean accept(AuditEntry link) {
        if (broken != null) {
            return false;
        }
        if (!tenantId.equals(link.tenantId())) {
            throw new IllegalArgumentException("Link of tenant " + link.tenantId() + " in chain of " + tenantId);
        }
        if (link.seq() != expectedSeq) {
            broken = new BrokenLink(expectedSeq, link.id(), Problem.SEQUENCE_GAP);
        } else if (!previousHash.equals(link.prevHash())) {
            broken = new BrokenLink(link.seq(), link.id(), Problem.PREVIOUS_HASH_MISMATCH);
        } else if (!link.expectedHash().equals(link.hash())) {
            broken = new BrokenLink(link.seq(), link.id(), Problem.HASH_MISMATCH);
        } else {
            expectedSeq++;
            previousHash = link.hash();
            lastId = link.id();
            return true;
        }
        return false;
    }

    /**
     * The verdict once every link was fed.
     *
     * @param headSeq the last sequence number the platform wrote (0 for an empty chain)
     * @param headHash the hash of that link ({@link ChainHash#GENESIS} for an empty chain)
     */
    public ChainVerdict verdict(long headSeq, String headHash) {
        long checked = expectedSeq - 1;
        if (broken != null) {
            return ChainVerdict.broken(tenantId, checked, broken);
        }
        if (checked < headSeq) {
            return ChainVerdict.broken(tenantId, checked, new BrokenLink(expectedSeq, null, Problem.TAIL_MISSING));
        }
        if (checked > headSeq || !previousHash.equals(headHash)) {
            // More links than the platform wrote, or a last link other than the one it wrote.
            return ChainVerdict.broken(
                    tenantId, checked, new BrokenLink(checked, lastId, Problem.PREVIOUS_HASH_MISMATCH));
        }
        return ChainVerdict.intact(tenantId, checked);
    }
}
