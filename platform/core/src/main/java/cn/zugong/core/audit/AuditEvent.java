package cn.zugong.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One stored audit event: a link of its tenant's chain ({@link AuditEntry} is the same in pure
 * form). Written once, never changed or deleted: Hibernate treats it as immutable, and on
 * PostgreSQL the application role has no UPDATE or DELETE on the table and a trigger refuses
 * both for everyone.
 *
 * <p>The tenant is set explicitly, not by Hibernate's {@code @TenantId}: a supervisor's
 * drill-down is recorded in the tenant whose record was read, and the auditors read across tenants.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends ChainLink {

    @Column(name = "tenant_id", nullable = false, length = 6)
    private String tenantId;

    protected AuditEvent() {}

    AuditEvent(AuditEntry entry) {
        super(entry);
        this.tenantId = entry.tenantId();
    }

    AuditEntry toEntry() {
        return toEntry(tenantId);
    }
}
