package cn.zugong.plugin.supervision.data;

import cn.zugong.plugin.supervision.econ.AuditKind;
import cn.zugong.plugin.supervision.econ.Responsibility;
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

/**
 * A row of {@code supervision_econ_audit}: one economic responsibility audit of a cadre's tenure in
 * a post (DOMAIN §4.10 {@code EconomicAudit}). Recorded when it starts; its report (day, findings,
 * responsibility class) is written once, after which the audit is done and does not change.
 */
@Entity
@Table(name = "supervision_econ_audit")
public class EconAuditEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AuditKind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String post;

    @Column(name = "case_id", updatable = false)
    private UUID caseId;

    @Column(nullable = false, length = 200, updatable = false)
    private String auditor;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "reported_on")
    private LocalDate reportedOn;

    @Column(length = 2000)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Responsibility responsibility;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EconAuditEntity() {}

    /** A started audit; {@code caseId} is the selection case that needs it, or null. */
    public EconAuditEntity(
            UUID cadreId,
            AuditKind kind,
            String post,
            UUID caseId,
            String auditor,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate startedOn,
            Instant now) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.kind = kind;
        this.post = post;
        this.caseId = caseId;
        this.auditor = auditor;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.startedOn = startedOn;
        this.createdAt = now;
    }

    /** The audit's report: done from now on. */
    public void reported(LocalDate on, String findings, Responsibility responsibility) {
        this.reportedOn = on;
        this.findings = findings;
        this.responsibility = responsibility;
    }

    public boolean done() {
        return reportedOn != null;
    }

    public UUID id() {
        return id;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public AuditKind kind() {
        return kind;
    }

    public String post() {
        return post;
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String auditor() {
        return auditor;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Optional<LocalDate> reportedOn() {
        return Optional.ofNullable(reportedOn);
    }

    public Optional<String> findings() {
        return Optional.ofNullable(findings);
    }

    public Optional<Responsibility> responsibility() {
        return Optional.ofNullable(responsibility);
    }
}
