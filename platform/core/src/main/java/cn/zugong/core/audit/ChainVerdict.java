package cn.zugong.core.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of verifying one tenant's chain: intact with the number of links checked, or the
 * first broken link.
 *
 * @param tenantId the tenant whose chain was checked
 * @param checked links checked before the verdict (all of them when intact)
 * @param broken the first broken link, or empty when the chain is intact
 */
public record ChainVerdict(String tenantId, long checked, Optional<BrokenLink> broken) {

    /** What is wrong with a link. Message keys are {@code audit.verify.problem.<NAME>}. */
    public enum Problem {
        /** The stored content no longer gives the stored hash: a field was edited. */
        HASH_MISMATCH,
        /** The link does not point to the hash of the link before it: replaced or reordered. */
        PREVIOUS_HASH_MISMATCH,
        /** A sequence number is missing before this link: a row was deleted. */
        SEQUENCE_GAP,
        /** The chain ends before the last link the platform wrote: the newest rows were deleted. */
        TAIL_MISSING
    }

    /**
     * The first link found broken.
     *
     * @param seq the sequence number expected at this point of the chain
     * @param eventId the event found at that point (after a gap: the first event after it), or null
     *     when the chain ends before it
     * @param problem what is wrong
     */
    public record BrokenLink(long seq, UUID eventId, Problem problem) {}

    public static ChainVerdict intact(String tenantId, long checked) {
        return new ChainVerdict(tenantId, checked, Optional.empty());
    }

    public static ChainVerdict broken(String tenantId, long checked, BrokenLink link) {
        return new ChainVerdict(tenantId, checked, Optional.of(link));
    }

    public boolean ok() {
        return broken.isEmpty();
    }
}
