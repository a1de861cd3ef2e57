package cn.zugong.core.ballot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A one-time code of a session, as its keyed hash only, and whether it voted. There is no time of
 * use and no link to the ballot it cast: the ballot box marks the code used and stores the ballot
 * in one transaction, and nothing stored relates the two.
 */
@Entity
@Table(name = "ballot_code")
public class BallotCode {

    @Id
    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    private String codeHash;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    @Column(name = "used", nullable = false)
    private boolean used;

    protected BallotCode() {}

    public BallotCode(UUID sessionId, String codeHash) {
        this.sessionId = sessionId;
        this.codeHash = codeHash;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public boolean isUsed() {
        return used;
    }
}
