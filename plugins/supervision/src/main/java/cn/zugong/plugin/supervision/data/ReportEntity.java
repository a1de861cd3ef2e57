package cn.zugong.plugin.supervision.data;

import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportCategory;
import cn.zugong.plugin.supervision.report.ReportChannel;
import cn.zugong.plugin.supervision.report.ReportStatus;
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
 * A row of {@code supervision_report}: one {@code PetitionReport} (DOMAIN §4.10). The service moves
 * it only along {@link ReportStatus#next()}; the fields of each step are set with the move.
 */
@Entity
@Table(name = "supervision_report")
public class ReportEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportChannel channel;

    @Column(name = "real_name", nullable = false)
    private boolean realName;

    @Column(name = "reporter_name", length = 100)
    private String reporterName;

    @Column(name = "reporter_contact", length = 200)
    private String reporterContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportCategory category;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "specific_clues", nullable = false)
    private boolean specificClues;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_type", length = 30)
    private HandlingType handlingType;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Assignment assignment;

    @Column(length = 200)
    private String assignee;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "extended_days", nullable = false)
    private int extendedDays;

    @Column(nullable = false)
    private int extensions;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Conclusion conclusion;

    @Column(length = 2000)
    private String findings;

    @Column(name = "feedback_on")
    private LocalDate feedbackOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "repeat_of")
    private UUID repeatOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ReportEntity() {}

    public ReportEntity(
            ReportChannel channel,
            boolean realName,
            String reporterName,
            String reporterContact,
            ReportCategory category,
            String summary,
            boolean specificClues,
            LocalDate receivedOn,
            Instant now) {
        this.id = UUID.randomUUID();
        this.channel = channel;
        this.realName = realName;
        this.reporterName = reporterName;
        this.reporterContact = reporterContact;
        this.category = category;
        this.summary = summary;
        this.specificClues = specificClues;
        this.status = ReportStatus.RECEIVED;
        this.receivedOn = receivedOn;
        this.createdAt = now;
        this.changedAt = now;
    }

    public void moved(ReportStatus to, Instant now) {
        this.status = to;
        this.changedAt = now;
    }

    public void triaged(HandlingType type) {
        this.handlingType = type;
    }

    public void assigned(Assignment how, String who, LocalDate on) {
        this.assignment = how;
        this.assignee = who;
        this.assignedOn = on;
    }

    public void extended(int days) {
        this.extendedDays += days;
        this.extensions++;
    }

    public void concluded(Conclusion found, String text) {
        this.conclusion = found;
        this.findings = text;
    }

    public void feedbackGiven(LocalDate on) {
        this.feedbackOn = on;
    }

    public void closed(LocalDate on) {
        this.closedOn = on;
    }

    public void repeatOf(UUID closedReport) {
        this.repeatOf = closedReport;
    }

    public UUID id() {
        return id;
    }

    public ReportChannel channel() {
        return channel;
    }

    public boolean realName() {
        return realName;
    }

    public Optional<String> reporterName() {
        return Optional.ofNullable(reporterName);
    }

    public Optional<String> reporterContact() {
        return Optional.ofNullable(reporterContact);
    }

    public ReportCategory category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    public boolean specificClues() {
        return specificClues;
    }

    public ReportStatus status() {
        return status;
    }

    public Optional<HandlingType> handlingType() {
        return Optional.ofNullable(handlingType);
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Optional<LocalDate> assignedOn() {
        return Optional.ofNullable(assignedOn);
    }

    public int extendedDays() {
        return extendedDays;
    }

    public int extensions() {
        return extensions;
    }

    public Optional<Conclusion> conclusion() {
        return Optional.ofNullable(conclusion);
    }

    public Optional<String> findings() {
        return Optional.ofNullable(findings);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<UUID> repeatOf() {
        return Optional.ofNullable(repeatOf);
    }
}
