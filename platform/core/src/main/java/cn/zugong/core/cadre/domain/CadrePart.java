package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * What every part of a cadre file has: its own id, the tenant (set by Hibernate from the request,
 * never changed) and the cadre it belongs to, referenced by id. Parts are equal when they are the
 * same kind with the same id.
 */
@MappedSuperclass
public abstract class CadrePart {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id")
    private UUID cadreId;

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public void setCadreId(UUID cadreId) {
        this.cadreId = cadreId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CadrePart that && getClass() == that.getClass() && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
