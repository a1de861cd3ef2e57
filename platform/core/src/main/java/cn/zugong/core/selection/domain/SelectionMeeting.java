package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A committee meeting that discusses and decides (taolun jueding): who should attend, who was present, how they voted, and whether it reconsiders an earlier decision (fuyi). */
@Entity
@Table(name = "selection_meeting")
public class SelectionMeeting extends SelectionRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "body", nullable = false)
    private MeetingBody body;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "members_total", nullable = false)
    private int membersTotal;

    @Column(name = "members_present", nullable = false)
    private int membersPresent;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false)
    private VoteMethod method;

    @Column(name = "reconsideration")
    private boolean reconsideration;

    @Column(name = "minutes")
    private String minutes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected SelectionMeeting() {}

    public SelectionMeeting(UUID caseId) {
        super(caseId);
    }

    public MeetingBody getBody() {
        return body;
    }

    public void setBody(MeetingBody body) {
        this.body = body;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public int getMembersTotal() {
        return membersTotal;
    }

    public void setMembersTotal(int membersTotal) {
        this.membersTotal = membersTotal;
    }

    public int getMembersPresent() {
        return membersPresent;
    }

    public void setMembersPresent(int membersPresent) {
        this.membersPresent = membersPresent;
    }

    public VoteMethod getMethod() {
        return method;
    }

    public void setMethod(VoteMethod method) {
        this.method = method;
    }

    public boolean isReconsideration() {
        return reconsideration;
    }

    public void setReconsideration(boolean reconsideration) {
        this.reconsideration = reconsideration;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
