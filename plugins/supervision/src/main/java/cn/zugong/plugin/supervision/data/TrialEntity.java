package cn.zugong.plugin.supervision.data;

import cn.zugong.plugin.supervision.trial.TrialOutcome;
import cn.zugong.plugin.supervision.trial.TrialTerm;
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

/** A row of {@code supervision_trial}: one trial year (DOMAIN §4.2, §4.10) and how it ended. */
@Entity
@Table(name = "supervision_trial")
public class TrialEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "case_id", updatable = false)
    private UUID caseId;

    @Column(nullable = false, length = 200)
    private String post;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "absence_days", nullable = false)
    private int absenceDays;

    @Column(name = "end_on", nullable = false)
    private LocalDate endOn;

    @Column(name = "assessment_from", nullable = false)
    private LocalDate assessmentFrom;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TrialOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrialEntity() {}

    public TrialEntity(UUID cadreId, UUID caseId, String post, TrialTerm term, Instant now) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.caseId = caseId;
        this.post = post;
        this.createdAt = now;
        term(term);
    }

    public void term(TrialTerm term) {
        this.startOn = term.start();
        this.absenceDays = term.absenceDays();
        this.endOn = term.end();
        this.assessmentFrom = term.assessmentFrom();
    }

    public void ended(TrialOutcome how, LocalDate on) {
        this.outcome = how;
        this.outcomeOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public Optional<UUID> caseId() {
        return Optional.ofNullable(caseId);
    }

    public String post() {
        return post;
    }

    public LocalDate startOn() {
        return startOn;
    }

    public int absenceDays() {
        return absenceDays;
    }

    public LocalDate endOn() {
        return endOn;
    }

    public LocalDate assessmentFrom() {
        return assessmentFrom;
    }

    public Optional<TrialOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
