package cn.zugong.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * The stored fields of one link of a hash chain, shared by a county's {@link AuditEvent} and the
 * platform's {@link PlatformAuditEvent}; {@link AuditEntry} is the same link in pure form.
 */
@MappedSuperclass
abstract class ChainLink {

    @Id
    private UUID id;

    @Column(nullable = false)
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 64)
    private String subjectType;

    @Column(name = "subject_id", length = 100)
    private String subjectId;

    @Column(length = 500)
    private String summary;

    @Column(name = "before_json")
    private String beforeJson;

    @Column(name = "after_json")
    private String afterJson;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    @Column(name = "session_hash", length = 64)
    private String sessionHash;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    protected ChainLink() {}

    ChainLink(AuditEntry entry) {
        this.id = entry.id();
        this.seq = entry.seq();
        this.occurredAt = entry.occurredAt();
        this.actor = entry.actor();
        this.action = entry.action();
        this.subjectType = entry.subjectType();
        this.subjectId = entry.subjectId();
        this.summary = entry.summary();
        this.beforeJson = entry.beforeJson();
        this.afterJson = entry.afterJson();
        this.prevHash = entry.prevHash();
        this.hash = entry.hash();
        this.sessionHash = entry.sessionHash();
        this.clientAddress = entry.clientAddress();
    }

    /** The link as an entry of the chain {@code chain} (a tenant's code, or the platform's id). */
    AuditEntry toEntry(String chain) {
        return new AuditEntry(
                id,
                chain,
                seq,
                occurredAt,
                actor,
                action,
                subjectType,
                subjectId,
                summary,
                beforeJson,
                afterJson,
                prevHash,
                hash,
                sessionHash,
                clientAddress);
    }
}
