package cn.zugong.plugin.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A cadre a county put on the example's hold list, with the reason. */
@Entity
@Table(name = "example_hold")
public class Hold {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    protected Hold() {}

    Hold(UUID cadreId, String reason, Instant heldAt) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.reason = reason;
        this.heldAt = heldAt;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public String reason() {
        return reason;
    }
}
