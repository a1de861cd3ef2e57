package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * What every part of a selection case has: its own id, the tenant (set by Hibernate from the
 * request, never changed) and the case it belongs to. Rows are equal when they are the same kind
 * with the same id.
 */
@MappedSuperclass
public abstract class SelectionRow {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    protected SelectionRow() {}

    protected SelectionRow(UUID caseId) {
        this.caseId = caseId;
    }

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SelectionRow that && getClass() == that.getClass() && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
