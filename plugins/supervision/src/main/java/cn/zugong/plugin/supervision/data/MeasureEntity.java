package cn.zugong.plugin.supervision.data;

import cn.zugong.plugin.supervision.measure.MeasureKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code supervision_measure}: a measure taken on a cadre, and until when it bars promotion. */
@Entity
@Table(name = "supervision_measure")
public class MeasureEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private MeasureKind kind;

    @Column(name = "taken_on", nullable = false, updatable = false)
    private LocalDate takenOn;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "bar_until", updatable = false)
    private LocalDate barUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MeasureEntity() {}

    public MeasureEntity(
            UUID cadreId, MeasureKind kind, LocalDate takenOn, String reason, LocalDate barUntil, Instant now) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.kind = kind;
        this.takenOn = takenOn;
        this.reason = reason;
        this.barUntil = barUntil;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public MeasureKind kind() {
        return kind;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public String reason() {
        return reason;
    }

    public Optional<LocalDate> barUntil() {
        return Optional.ofNullable(barUntil);
    }
}
