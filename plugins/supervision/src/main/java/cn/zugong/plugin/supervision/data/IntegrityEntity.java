package cn.zugong.plugin.supervision.data;

import cn.zugong.plugin.supervision.matters.Finding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code supervision_integrity}: the integrity file's entry (诚信档案, DOMAIN §4.4 [V]) for an untrue report. */
@Entity
@Table(name = "supervision_integrity")
public class IntegrityEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "matters_id", nullable = false, updatable = false)
    private UUID mattersId;

    @Column(name = "report_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Finding finding;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    protected IntegrityEntity() {}

    public IntegrityEntity(UUID cadreId, UUID mattersId, int year, Finding finding, LocalDate on) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.mattersId = mattersId;
        this.year = year;
        this.finding = finding;
        this.recordedOn = on;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public int year() {
        return year;
    }

    public Finding finding() {
        return finding;
    }
}
