package cn.zugong.core.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a stored chain up to its head, a page at a time in sequence order, through a {@link
 * ChainVerifier}, stopping at the first broken link. Links appended while it runs lie beyond the
 * head read before and are left for the next run. Used for the county trails and the platform
 * chain alike; where the links are stored is the caller's.
 */
final class ChainWalk {

    static final int PAGE = 500;

    /** Reads links of one chain. */
    interface Pages {
        /** The links with {@code after < seq <= head}, in sequence order, at most {@code max}. */
        List<AuditEntry> read(long after, long head, int max);
    }

    private ChainWalk() {}

    static ChainVerdict verify(String chainId, long headSeq, String headHash, Pages pages) {
        ChainVerifier verifier = new ChainVerifier(chainId);
        long after = 0;
        boolean going = true;
        while (going && after < headSeq) {
            List<AuditEntry> page = pages.read(after, headSeq, PAGE);
            for (AuditEntry link : page) {
                going = verifier.accept(link);
                after = link.seq();
                if (!going) {
                    break;
                }
            }
            going = going && page.size() == PAGE;
        }
        return verifier.verdict(headSeq, headHash);
    }

    /** The verdict as the "after" of the {@code audit.verify} event that records the run. */
    static String details(ChainVerdict verdict) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ok", verdict.ok());
        details.put("checked", verdict.checked());
        verdict.broken().ifPresent(b -> {
            details.put("seq", b.seq());
            details.put("eventId", b.eventId());
            details.put("problem", b.problem().name());
        });
        return AuditJson.of(details);
    }

    /** The verdict in one line, the summary of the {@code audit.verify} event. */
    static String summary(ChainVerdict verdict) {
        return verdict.broken()
                .map(b -> b.problem() + " at " + b.seq())
                .orElse("intact, " + verdict.checked() + " events");
    }
}
