package cn.zugong.core.cadre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A dated change of a cadre's status (to retired, transferred out, deceased ...). */
@Entity
@Table(name = "cadre_status_change")
public class CadreStatusChange {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id")
    private UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CadreStatus status;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "note")
    private String note;

    public CadreStatusChange() {
        this.id = UUID.randomUUID();
    }

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

    public CadreStatus getStatus() {
        return status;
    }

    public void setStatus(CadreStatus status) {
        this.status = status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CadreStatusChange that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
