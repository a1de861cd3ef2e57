package cn.zugong.core.ballot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A name on a session's ballot, at its place. The name is kept as printed, so that the public
 * ballot page shows it without reading the cadre registry (nothing of a cadre beyond the name).
 */
@Entity
@Table(name = "ballot_nominee")
@IdClass(SessionPart.class)
public class BallotNominee {

    @Id
    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Id
    @Column(name = "place", nullable = false, updatable = false)
    private int number;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", updatable = false)
    private UUID cadreId;

    @Column(name = "name", nullable = false, length = 100, updatable = false)
    private String name;

    protected BallotNominee() {}

    public BallotNominee(UUID sessionId, int place, UUID cadreId, String name) {
        this.sessionId = sessionId;
        this.number = place;
        this.cadreId = cadreId;
        this.name = name;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public int getPlace() {
        return number;
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public String getName() {
        return name;
    }
}
