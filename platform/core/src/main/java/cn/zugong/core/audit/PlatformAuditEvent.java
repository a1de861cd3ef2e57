package cn.zugong.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One stored link of the platform's own chain ({@link PlatformChain}): the same fields as a county's
 * {@link AuditEvent} without a tenant. Written once, never changed or deleted (Hibernate treats it
 * as immutable; on PostgreSQL a trigger refuses UPDATE and DELETE for every role).
 */
@Entity
@Immutable
@Table(name = "platform_audit_event")
public class PlatformAuditEvent {

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

    protected PlatformAuditEvent() {}

    PlatformAuditEvent(AuditEntry entry) {
        if (!PlatformChain.ID.equals(entry.tenantId())) {
            throw new IllegalArgumentException("Not a link of the platform chain: " + entry.tenantId());
        }
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

    AuditEntry toEntry() {
        return new AuditEntry(
                id,
                PlatformChain.ID,
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
