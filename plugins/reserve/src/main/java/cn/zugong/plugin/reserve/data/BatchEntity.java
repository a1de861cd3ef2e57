package cn.zugong.plugin.reserve.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code reserve_batch}. */
@Entity
@Table(name = "reserve_batch")
public class BatchEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "batch_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private String tier;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BatchEntity() {}

    BatchEntity(int year, String tier, LocalDate referenceDate, Instant now) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.tier = tier;
        this.referenceDate = referenceDate;
        this.createdAt = now;
    }

    Batch toBatch() {
        return new Batch(id, year, tier, referenceDate);
    }
}
