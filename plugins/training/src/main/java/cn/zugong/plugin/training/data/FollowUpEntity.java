package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.followup.PromotionFollowUp;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code training_follow_up}: a {@link PromotionFollowUp} (DOMAIN T2, V-T5), where it
 * stood at its last check, and whether its reminder has been raised.
 */
@Entity
@Table(name = "training_follow_up")
public class FollowUpEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "remind_from", nullable = false)
    private LocalDate remindFrom;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(nullable = false)
    private boolean reminded;

    @Column(name = "reminded_on")
    private LocalDate remindedOn;

    @Column(name = "hours_gap", nullable = false, precision = 7, scale = 2)
    private BigDecimal hoursGap;

    @Column(name = "days_gap", nullable = false)
    private int daysGap;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FollowUpEntity() {}

    FollowUpEntity(
            UUID cadreId,
            UUID caseId,
            PromotionFollowUp followUp,
            FollowUpStatus status,
            BigDecimal hoursGap,
            int daysGap,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.caseId = caseId;
        this.appointedOn = followUp.appointedOn();
        this.deadline = followUp.deadline();
        this.remindFrom = followUp.remindFrom();
        this.status = status.name();
        this.hoursGap = hoursGap;
        this.daysGap = daysGap;
        this.checkedOn = followUp.appointedOn();
        this.createdAt = createdAt;
    }

    /** Records a check: the status and gap found on {@code today}; a due reminder is raised once. */
    void checked(LocalDate today, FollowUpStatus found, BigDecimal hours, int days) {
        status = found.name();
        hoursGap = hours;
        daysGap = days;
        checkedOn = today;
        if (found == FollowUpStatus.REMINDER_DUE && !reminded) {
            reminded = true;
            remindedOn = today;
        }
    }

    UUID id() {
        return id;
    }

    FollowUpEntry toEntry() {
        return new FollowUpEntry(
                id,
                cadreId,
                caseId,
                new PromotionFollowUp(appointedOn, deadline, remindFrom),
                FollowUpStatus.valueOf(status),
                reminded,
                Optional.ofNullable(remindedOn),
                hoursGap,
                daysGap,
                checkedOn);
    }
}
