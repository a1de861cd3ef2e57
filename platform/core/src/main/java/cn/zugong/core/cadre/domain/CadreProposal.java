package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the approval form proposes for the cadre: the post to take up, the post to leave, the
 * reason, and the unit that reports the proposal. Blank while nothing is proposed.
 */
@Embeddable
public class CadreProposal {

    @Column(name = "proposed_post")
    private String proposedPost;

    @Column(name = "proposed_removal")
    private String proposedRemoval;

    @Column(name = "appointment_reason")
    private String appointmentReason;

    @Column(name = "reporting_unit")
    private String reportingUnit;

    public String getProposedPost() {
        return proposedPost;
    }

    public void setProposedPost(String proposedPost) {
        this.proposedPost = proposedPost;
    }

    public String getProposedRemoval() {
        return proposedRemoval;
    }

    public void setProposedRemoval(String proposedRemoval) {
        this.proposedRemoval = proposedRemoval;
    }

    public String getAppointmentReason() {
        return appointmentReason;
    }

    public void setAppointmentReason(String appointmentReason) {
        this.appointmentReason = appointmentReason;
    }

    public String getReportingUnit() {
        return reportingUnit;
    }

    public void setReportingUnit(String reportingUnit) {
        this.reportingUnit = reportingUnit;
    }
}
