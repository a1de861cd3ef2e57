package cn.zugong.core.ballot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A ballot session: what it asks ({@link BallotKind}), for which case (or a plugin's purpose), how
 * many should take part, how many names a voter may mark, its time window and state.
 *
 * <p>Life cycle: DRAFT (codes are issued, again if lost: issuing replaces every earlier code), OPEN
 * (participants vote with a code inside the window), CLOSED (no vote any more; the result can be
 * read and applied to the case once). Codes expire with the session: a vote after the window or
 * outside OPEN is refused.
 */
@Entity
@Table(name = "ballot_session")
public class BallotSession {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private BallotKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "case_id", updatable = false)
    private UUID caseId;

    @Column(name = "purpose", length = 100, updatable = false)
    private String purpose;

    @Column(name = "expected", nullable = false)
    private int expected;

    @Column(name = "max_marks", nullable = false)
    private int maxMarks;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private BallotState state = BallotState.DRAFT;

    @Column(name = "codes_issued", nullable = false)
    private int codesIssued;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "applied", nullable = false)
    private boolean applied;

    @Version
    private int version;

    protected BallotSession() {}

    public BallotSession(
            BallotKind kind,
            String title,
            UUID caseId,
            String purpose,
            int expected,
            int maxMarks,
            Instant opensAt,
            Instant closesAt,
            String createdBy) {
        this.kind = kind;
        this.title = title;
        this.caseId = caseId;
        this.purpose = purpose;
        this.expected = expected;
        this.maxMarks = maxMarks;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.createdBy = createdBy;
    }

    /** Whether a participant may vote now: open and inside the window. */
    public boolean accepts(Instant now) {
        return state == BallotState.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public void issued(int codes) {
        this.codesIssued = codes;
    }

    public void open() {
        this.state = BallotState.OPEN;
    }

    public void close(LocalDate on) {
        this.state = BallotState.CLOSED;
        this.closedOn = on;
    }

    public void markApplied() {
        this.applied = true;
    }

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public BallotKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getExpected() {
        return expected;
    }

    public int getMaxMarks() {
        return maxMarks;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public BallotState getState() {
        return state;
    }

    public int getCodesIssued() {
        return codesIssued;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isApplied() {
        return applied;
    }
}
