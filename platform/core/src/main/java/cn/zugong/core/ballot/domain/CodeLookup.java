package cn.zugong.core.ballot.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * Which county and session a code hash belongs to: the one row the public ballot page reads
 * before it has a tenancy (outside the tenant wall on purpose). Everything else it does runs in
 * that county's wall.
 */
@Entity
@Table(name = "ballot_code_lookup")
public class CodeLookup {

    @Id
    @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
    private String codeHash;

    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenant;

    @Column(name = "session_id", nullable = false, updatable = false)
    private UUID sessionId;

    protected CodeLookup() {}

    public CodeLookup(String codeHash, String tenant, UUID sessionId) {
        this.codeHash = codeHash;
        this.tenant = tenant;
        this.sessionId = sessionId;
    }

    public String getTenant() {
        return tenant;
    }

    public UUID getSessionId() {
        return sessionId;
    }
}
