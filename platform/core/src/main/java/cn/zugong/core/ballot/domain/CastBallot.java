package cn.zugong.core.ballot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One ballot as cast: its session, how it counts and its marks. Deliberately without a code, a
 * sequence or a time: the id is random, so no stored value orders ballots or joins one to a code.
 * Immutable once stored.
 */
@Entity
@Table(name = "ballot_cast")
@org.hibernate.annotations.Immutable
public class CastBallot {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "validity", nullable = false, updatable = false)
    private Validity validity;

    @Column(name = "marks", nullable = false, length = 2000, updatable = false)
    private String marks;

    protected CastBallot() {}

    public CastBallot(UUID sessionId, Validity validity, Marks marks) {
        this.sessionId = sessionId;
        this.validity = validity;
        this.marks = marks.encode();
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public Validity getValidity() {
        return validity;
    }

    public Marks marks() {
        return Marks.decode(marks);
    }
}
