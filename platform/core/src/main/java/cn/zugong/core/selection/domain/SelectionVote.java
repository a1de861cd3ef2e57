package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One member's opinion on one candidate at a decision meeting: agree, disagree or defer. */
@Entity
@Table(name = "selection_vote")
public class SelectionVote extends SelectionRow {

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Column(name = "member", nullable = false)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion", nullable = false)
    private Opinion opinion;

    /** The place of the vote in the order the meeting's votes were entered; null for votes recorded before it was kept. */
    @Column(name = "vote_order")
    private Integer voteOrder;

    protected SelectionVote() {}

    public SelectionVote(UUID caseId) {
        super(caseId);
    }

    public UUID getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(UUID meetingId) {
        this.meetingId = meetingId;
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public void setCadreId(UUID cadreId) {
        this.cadreId = cadreId;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public void setOpinion(Opinion opinion) {
        this.opinion = opinion;
    }

    public Integer getVoteOrder() {
        return voteOrder;
    }

    public void setVoteOrder(Integer voteOrder) {
        this.voteOrder = voteOrder;
    }
}
