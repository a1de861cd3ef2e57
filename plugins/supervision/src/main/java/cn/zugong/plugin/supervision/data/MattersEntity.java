package cn.zugong.plugin.supervision.data;

import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.matters.Handling;
import cn.zugong.plugin.supervision.matters.MattersStatus;
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
 * A row of {@code supervision_matters}: one cadre's personal-matters report of a year (DOMAIN
 * §4.10), moved only along {@link MattersStatus#next()}. A concealment finding bars promotion and
 * the reserve list until the department lifts it with a reason.
 */
@Entity
@Table(name = "supervision_matters")
public class MattersEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = 1000)
    private String items;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MattersStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "focus_reason", length = 30)
    private FocusReason focusReason;

    @Column(name = "draw_id")
    private UUID drawId;

    /** Drawn by the random check (of the draw {@link #drawId}, whose population it was part of). */
    @Column(nullable = false)
    private boolean drawn;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Finding finding;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Handling handling;

    @Column(length = 2000)
    private String explanation;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "lifted_on")
    private LocalDate liftedOn;

    @Column(name = "lift_reason", length = 1000)
    private String liftReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MattersEntity() {}

    public MattersEntity(UUID cadreId, int year, String items, Instant now) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.year = year;
        this.items = items;
        this.status = MattersStatus.DUE;
        this.createdAt = now;
        this.changedAt = now;
    }

    public void moved(MattersStatus to, Instant now) {
        this.status = to;
        this.changedAt = now;
    }

    public void submitted(String reported, LocalDate on) {
        this.items = reported;
        this.submittedOn = on;
    }

    /** Part of the population of {@code draw}; {@code picked} when the draw took it. */
    public void inDraw(UUID draw, boolean picked) {
        this.drawId = draw;
        this.drawn = picked;
    }

    public boolean drawn() {
        return drawn;
    }

    public void focused(FocusReason reason) {
        this.focusReason = reason;
    }

    public void found(Finding found) {
        this.finding = found;
    }

    public void explained(String text) {
        this.explanation = text;
    }

    public void decided(Handling decision, LocalDate on) {
        this.handling = decision;
        this.decidedOn = on;
    }

    public void lifted(String reason, LocalDate on) {
        this.liftReason = reason;
        this.liftedOn = on;
    }

    public UUID id() {
        return id;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public int year() {
        return year;
    }

    public String items() {
        return items;
    }

    public Optional<LocalDate> submittedOn() {
        return Optional.ofNullable(submittedOn);
    }

    public MattersStatus status() {
        return status;
    }

    public Optional<FocusReason> focusReason() {
        return Optional.ofNullable(focusReason);
    }

    public Optional<UUID> drawId() {
        return Optional.ofNullable(drawId);
    }

    public Optional<Finding> finding() {
        return Optional.ofNullable(finding);
    }

    public Optional<Handling> handling() {
        return Optional.ofNullable(handling);
    }

    public Optional<String> explanation() {
        return Optional.ofNullable(explanation);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<LocalDate> liftedOn() {
        return Optional.ofNullable(liftedOn);
    }

    /** A decided concealment not lifted: bars promotion and the reserve list. */
    public boolean barsPromotion() {
        return status == MattersStatus.DECIDED && handling == Handling.NO_PROMOTION_NO_RESERVE && liftedOn == null;
    }
}
