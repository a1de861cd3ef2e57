package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated change of a cadre's status (to retired, transferred out, deceased ...). */
@Entity
@Table(name = "cadre_status_change")
public class CadreStatusChange extends CadrePart {

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private CadreStatus status;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "note")
    private String note;

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
}
