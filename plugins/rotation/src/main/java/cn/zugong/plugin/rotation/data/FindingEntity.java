package cn.zugong.plugin.rotation.data;

import cn.zugong.plugin.rotation.avoidance.Conflict;
import cn.zugong.plugin.rotation.avoidance.ConflictKind;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_finding}. */
@Entity
@Table(name = "rotation_finding")
public class FindingEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "finding_key", nullable = false, updatable = false)
    private String findingKey;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "relative_id", updatable = false)
    private UUID relativeId;

    @Column(updatable = false)
    private String kinship;

    @Column(name = "organ_id", nullable = false, updatable = false)
    private UUID organId;

    @Column(name = "organ_name", nullable = false, updatable = false)
    private String organName;

    @Column(nullable = false, updatable = false)
    private boolean blocking;

    @Column(nullable = false)
    private String status;

    @Column(name = "detected_on", nullable = false, updatable = false)
    private LocalDate detectedOn;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column
    private String note;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected FindingEntity() {}

    FindingEntity(Conflict conflict, LocalDate today, Instant now) {
        this.id = UUID.randomUUID();
        this.findingKey = conflict.key();
        this.kind = conflict.kind().name();
        this.cadreId = conflict.cadre();
        this.relativeId = conflict.relative().orElse(null);
        this.kinship = conflict.kinship().map(Enum::name).orElse(null);
        this.organId = conflict.organ();
        this.organName = conflict.organName();
        this.blocking = conflict.blocking();
        this.status = FindingStatus.DETECTED.name();
        this.detectedOn = today;
        this.statusSince = today;
        this.changedAt = now;
    }

    void move(FindingStatus to, String note, LocalDate today, Instant now) {
        this.status = to.name();
        this.note = note;
        this.statusSince = today;
        this.changedAt = now;
    }

    Finding toFinding() {
        return new Finding(
                id,
                findingKey,
                ConflictKind.valueOf(kind),
                cadreId,
                Optional.ofNullable(relativeId),
                Optional.ofNullable(kinship).map(Kinship::valueOf),
                organId,
                organName,
                blocking,
                FindingStatus.valueOf(status),
                detectedOn,
                statusSince,
                Optional.ofNullable(note));
    }
}
