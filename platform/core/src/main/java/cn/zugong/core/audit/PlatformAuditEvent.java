package cn.zugong.core.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One stored link of the platform's own chain ({@link PlatformChain}): the same fields as a county's
 * {@link AuditEvent} without a tenant. Written once, never changed or deleted (Hibernate treats it
 * as immutable; on PostgreSQL a trigger refuses UPDATE and DELETE for every role).
 */
@Entity
@Immutable
@Table(name = "platform_audit_event")
public class PlatformAuditEvent extends ChainLink {

    protected PlatformAuditEvent() {}

    PlatformAuditEvent(AuditEntry entry) {
        super(checked(entry));
    }

    private static AuditEntry checked(AuditEntry entry) {
        if (!PlatformChain.ID.equals(entry.tenantId())) {
            throw new IllegalArgumentException("Not a link of the platform chain: " + entry.tenantId());
        }
        return entry;
    }

    AuditEntry toEntry() {
        return toEntry(PlatformChain.ID);
    }
}
