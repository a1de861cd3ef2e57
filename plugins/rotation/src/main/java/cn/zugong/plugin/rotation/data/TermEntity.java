package cn.zugong.plugin.rotation.data;

import cn.zugong.plugin.rotation.term.EarlyExit;
import cn.zugong.plugin.rotation.term.TermRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_term}: a term record an officer entered. */
@Entity
@Table(name = "rotation_term")
public class TermEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "post_key", nullable = false, updatable = false)
    private String postKey;

    @Column(name = "unit_name", nullable = false)
    private String unitName;

    @Column(nullable = false)
    private String title;

    @Column(name = "term_number", nullable = false)
    private int termNumber;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "early_exit")
    private String earlyExit;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected TermEntity() {}

    TermEntity(TermRecord record, Instant now) {
        this.id = UUID.randomUUID();
        this.cadreId = record.cadreId();
        this.postKey = record.postKey();
        this.unitName = record.unitName();
        this.title = record.title();
        this.termNumber = record.number();
        this.startDate = record.start();
        this.endDate = record.end().orElse(null);
        this.earlyExit = record.earlyExit().map(Enum::name).orElse(null);
        this.enteredAt = now;
    }

    TermRecord toRecord() {
        return new TermRecord(
                cadreId,
                postKey,
                unitName,
                title,
                termNumber,
                startDate,
                Optional.ofNullable(endDate),
                Optional.ofNullable(earlyExit).map(EarlyExit::valueOf),
                true);
    }
}
