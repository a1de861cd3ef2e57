package cn.zugong.core.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A county's submitted year: the figures frozen as their canonical text, with its SHA-256 (the
 * same the audit chain records), who submitted and when. Written once, never changed: one per
 * county and year.
 */
@Entity
@Immutable
@Table(name = "statistics_submission")
public class StatisticsSubmission {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Column(name = "figures", nullable = false)
    private String figures;

    @Column(name = "figures_sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected StatisticsSubmission() {}

    public StatisticsSubmission(int year, LocalDate referenceDate, CountyStatistics figures, String by, Instant at) {
        this.year = year;
        this.referenceDate = referenceDate;
        this.figures = figures.canonical();
        this.sha256 = figures.sha256();
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public String getTenantId() {
        return tenantId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    /** The frozen figures. */
    public CountyStatistics figures() {
        return CountyStatistics.parse(figures);
    }

    public String getSha256() {
        return sha256;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
