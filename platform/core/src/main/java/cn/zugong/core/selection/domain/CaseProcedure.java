package cn.zugong.core.selection.domain;

import cn.zugong.core.selection.eligibility.DualManagement;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The facts of a case that the procedural rules read (V15): the inspection notice, when the
 * inspection starts (the notice's timing, DOMAIN.md 4.3) and who inspects (duty avoidance) and, for a dual-managed cadre, the written consultation of the
 * co-managing department with its answer (DOMAIN.md 5.5).
 */
@Embeddable
public class CaseProcedure {

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    @Column(name = "inspection_from")
    private LocalDate inspectionFrom;

    /** The inspection team, names separated by commas; duty avoidance reads it. */
    @Column(name = "inspection_team")
    private String inspectionTeam;

    /** The co-managing department; null when the cadre is not dual-managed. */
    @Column(name = "dual_manager")
    private String dualManager;

    @Column(name = "dual_consulted_on")
    private LocalDate dualConsultedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "dual_reply")
    private DualManagement.Reply dualReply;

    @Column(name = "dual_replied_on")
    private LocalDate dualRepliedOn;

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public String getInspectionTeam() {
        return inspectionTeam;
    }

    public void setInspectionTeam(String inspectionTeam) {
        this.inspectionTeam = inspectionTeam;
    }

    public LocalDate getInspectionFrom() {
        return inspectionFrom;
    }

    public void setInspectionFrom(LocalDate inspectionFrom) {
        this.inspectionFrom = inspectionFrom;
    }

    public String getDualManager() {
        return dualManager;
    }

    public void setDualManager(String dualManager) {
        this.dualManager = dualManager;
    }

    public LocalDate getDualConsultedOn() {
        return dualConsultedOn;
    }

    public void setDualConsultedOn(LocalDate dualConsultedOn) {
        this.dualConsultedOn = dualConsultedOn;
    }

    public DualManagement.Reply getDualReply() {
        return dualReply;
    }

    public void setDualReply(DualManagement.Reply dualReply) {
        this.dualReply = dualReply;
    }

    public LocalDate getDualRepliedOn() {
        return dualRepliedOn;
    }

    public void setDualRepliedOn(LocalDate dualRepliedOn) {
        this.dualRepliedOn = dualRepliedOn;
    }
}
