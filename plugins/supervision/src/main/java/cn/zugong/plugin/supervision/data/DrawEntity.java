package cn.zugong.plugin.supervision.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code supervision_draw}: one year's random draw, with what is needed to draw it again. */
@Entity
@Table(name = "supervision_draw")
public class DrawEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, precision = 5, scale = 4, updatable = false)
    private BigDecimal rate;

    @Column(nullable = false, updatable = false)
    private int population;

    @Column(nullable = false, updatable = false)
    private int drawn;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private Instant drawnAt;

    protected DrawEntity() {}

    public DrawEntity(int year, long seed, BigDecimal rate, int population, int drawn, Instant at) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.seed = seed;
        this.rate = rate;
        this.population = population;
        this.drawn = drawn;
        this.drawnAt = at;
    }

    public UUID id() {
        return id;
    }

    public int year() {
        return year;
    }

    public long seed() {
        return seed;
    }

    public BigDecimal rate() {
        return rate;
    }

    public int population() {
        return population;
    }

    public int drawn() {
        return drawn;
    }
}
