package cn.zugong.plugin.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A cadre event the example observed in a county. */
@Entity
@Table(name = "example_event")
public class ObservedEvent {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Column(nullable = false)
    private LocalDate effective;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ObservedEvent() {}

    ObservedEvent(String kind, UUID cadreId, LocalDate effective, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.cadreId = cadreId;
        this.effective = effective;
        this.recordedAt = recordedAt;
    }

    public String kind() {
        return kind;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public LocalDate effective() {
        return effective;
    }
}
