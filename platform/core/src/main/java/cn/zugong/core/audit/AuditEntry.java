package cn.zugong.core.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One link of a tenant's audit chain, as written and as read back. Pure data: {@link #chain}
 * makes a new link whose {@code hash} covers the previous link's hash and every field here.
 *
 * @param id the event's id
 * @param tenantId the tenant whose chain holds the event
 * @param seq the position in that chain, from 1 without gaps
 * @param occurredAt when it happened (microsecond precision, as the database keeps it)
 * @param actor the user name, or {@link AuditTrail#SYSTEM} outside a request
 * @param action what happened, such as {@code unit.update} or {@code cadre.export}
 * @param subjectType the kind of record, such as {@code unit}
 * @param subjectId the record's id
 * @param summary a short human-readable line (a unit's name)
 * @param beforeJson the record before a change, or null
 * @param afterJson the record after a change, or null
 * @param prevHash the previous link's hash ({@link ChainHash#GENESIS} for the first)
 * @param hash SHA-256 of the previous hash and the canonical fields, hex
 * @param sessionHash a hash of the HTTP session the event came from, or null (outside a session,
 *     and on every link written before sessions were recorded)
 * @param clientAddress the client's address, or null (outside a request, and on older links)
 */
public record AuditEntry(
        UUID id,
        String tenantId,
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String summary,
        String beforeJson,
        String afterJson,
        String prevHash,
        String hash,
        String sessionHash,
        String clientAddress) {

    /** A link without an origin, as every link written before origins were recorded. */
    public AuditEntry(
            UUID id,
            String tenantId,
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson,
            String prevHash,
            String hash) {
        this(
                id,
                tenantId,
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
                null,
                null);
    }

    /** The link after {@code prevHash} without an origin, with its hash computed. */
    public static AuditEntry chain(
            String prevHash,
            String tenantId,
            long seq,
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson) {
        return chain(
                prevHash,
                tenantId,
                seq,
                id,
                occurredAt,
                actor,
                action,
                subjectType,
                subjectId,
                summary,
                beforeJson,
                afterJson,
                null,
                null);
    }

    /** The link after {@code prevHash}, with its origin and its hash computed. */
    public static AuditEntry chain(
            String prevHash,
            String tenantId,
            long seq,
            UUID id,
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String summary,
            String beforeJson,
            String afterJson,
            String sessionHash,
            String clientAddress) {
        AuditEntry unsealed = new AuditEntry(
                id,
                tenantId,
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
                null,
                sessionHash,
                clientAddress);
        return unsealed.withHash(ChainHash.of(unsealed));
    }

    /** The hash this link's content calls for, whatever is stored in {@link #hash}. */
    public String expectedHash() {
        return ChainHash.of(this);
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(
                id,
                tenantId,
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
                newHash,
                sessionHash,
                clientAddress);
    }
}
