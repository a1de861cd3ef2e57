package cn.zugong.plugin.supervision.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code supervision_report_subject}: a cadre of the registry a report is about. */
@Entity
@Table(name = "supervision_report_subject")
public class ReportSubjectEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    protected ReportSubjectEntity() {}

    ReportSubjectEntity(UUID reportId, UUID cadreId) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.cadreId = cadreId;
    }

    UUID reportId() {
        return reportId;
    }

    UUID cadreId() {
        return cadreId;
    }
}
