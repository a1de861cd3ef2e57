package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A member who withdrew from one candidate's item at a decision meeting (huibi, DOMAIN.md 5.5):
 * the candidate is the member or a relative. The member stays present for the quorum and casts no
 * opinion on that candidate; the base of adoption stays all members who should attend.
 */
@Entity
@Table(name = "selection_withdrawal")
public class SelectionWithdrawal extends SelectionRow {

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Column(name = "member", nullable = false)
    private String member;

    @Column(name = "reason")
    private String reason;

    protected SelectionWithdrawal() {}

    public SelectionWithdrawal(UUID caseId, UUID meetingId, UUID cadreId, String member, String reason) {
        super(caseId);
        this.meetingId = meetingId;
        this.cadreId = cadreId;
        this.member = member;
        this.reason = reason;
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public String getMember() {
        return member;
    }

    public String getReason() {
        return reason;
    }
}
