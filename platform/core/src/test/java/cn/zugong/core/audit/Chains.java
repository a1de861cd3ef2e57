package cn.zugong.core.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds audit chains for tests exactly as the trail writes them. */
final class Chains {

    static final String WENJIANG = "510115";
    static final Instant T0 = Instant.parse("2025-03-01T08:00:00.123456Z");

    private Chains() {}

    static List<AuditEntry> of(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        String prev = ChainHash.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry link = AuditEntry.chain(
                    prev,
                    WENJIANG,
                    i,
                    UUID.randomUUID(),
                    T0.plusSeconds(i),
                    "wenjiang-officer",
                    "unit.update",
                    "unit",
                    "unit-" + i,
                    "单位" + i,
                    "{\"deputyPosts\":" + i + "}",
                    "{\"deputyPosts\":" + (i + 1) + "}");
            chain.add(link);
            prev = link.hash();
        }
        return chain;
    }

    static ChainVerdict verify(List<AuditEntry> chain, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier(WENJIANG);
        for (AuditEntry link : chain) {
            if (!verifier.accept(link)) {
                break;
            }
        }
        return verifier.verdict(headSeq, headHash);
    }

    /** Verifies against the head the platform wrote for the untouched chain. */
    static ChainVerdict verify(List<AuditEntry> chain, List<AuditEntry> asWritten) {
        AuditEntry last = asWritten.getLast();
        return verify(chain, last.seq(), last.hash());
    }

    static AuditEntry withSummary(AuditEntry e, String summary) {
        return new AuditEntry(
                e.id(),
                e.tenantId(),
                e.seq(),
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                summary,
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash());
    }

    static AuditEntry withSeq(AuditEntry e, long seq) {
        return new AuditEntry(
                e.id(),
                e.tenantId(),
                seq,
                e.occurredAt(),
                e.actor(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.summary(),
                e.beforeJson(),
                e.afterJson(),
                e.prevHash(),
                e.hash());
    }
}
