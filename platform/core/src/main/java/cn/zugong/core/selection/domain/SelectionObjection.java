package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A report received during the pre-appointment publicity, and whether it affects the appointment once looked into. */
@Entity
@Table(name = "selection_objection")
public class SelectionObjection extends SelectionRow {

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "affects")
    private Boolean affects;

    @Column(name = "resolution")
    private String resolution;

    protected SelectionObjection() {}

    public SelectionObjection(UUID caseId) {
        super(caseId);
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Boolean getAffects() {
        return affects;
    }

    public void setAffects(Boolean affects) {
        this.affects = affects;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
