package cn.zugong.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The end of a hash chain: the last sequence number and hash written. Appending locks the row, so
 * concurrent writers of one chain take turns and never fork it; the verifier compares the chain's
 * last link with it, which reveals deleted newest rows. Shared by a county's {@link AuditChainHead}
 * and the platform's {@link PlatformChainHead}.
 */
@MappedSuperclass
abstract class ChainEnd {

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry appended) {
        if (appended.seq() != lastSeq + 1 || !appended.prevHash().equals(lastHash)) {
            throw new IllegalStateException("Link " + appended.seq() + " does not follow " + lastSeq);
        }
        lastSeq = appended.seq();
        lastHash = appended.hash();
    }
}
