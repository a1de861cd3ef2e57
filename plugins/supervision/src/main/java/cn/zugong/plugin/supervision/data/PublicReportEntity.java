package cn.zugong.plugin.supervision.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code supervision_public_report}: a report that came in through the portal's public
 * page, with the case and objection of the candidate under publicity it names, if any.
 */
@Entity
@Table(name = "supervision_public_report")
public class PublicReportEntity {

    @Id
    @Column(name = "report_id", updatable = false)
    private UUID reportId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "case_id", updatable = false)
    private UUID caseId;

    @Column(name = "objection_id", updatable = false)
    private UUID objectionId;

    @Column(length = 100, updatable = false)
    private String candidate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PublicReportEntity() {}

    public PublicReportEntity(UUID reportId, UUID caseId, UUID objectionId, String candidate, Instant now) {
        this.reportId = reportId;
        this.caseId = caseId;
        this.objectionId = objectionId;
        this.candidate = candidate;
        this.createdAt = now;
    }

    public UUID reportId() {
        return reportId;
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<UUID> objectionId() {
        return Optional.ofNullable(objectionId);
    }

    public Optional<String> candidate() {
        return Optional.ofNullable(candidate);
    }
}
