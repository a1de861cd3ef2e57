package cn.zugong.plugin.reserve.data;

import cn.zugong.plugin.reserve.pool.Plan;
import cn.zugong.plugin.reserve.pool.PlanKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code reserve_plan}. */
@Entity
@Table(name = "reserve_plan")
public class PlanEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String description;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date")
    private LocalDate end;

    @Column
    private String outcome;

    protected PlanEntity() {}

    PlanEntity(Plan p) {
        this.id = p.id();
        this.candidateId = p.candidateId();
        this.kind = p.kind().name();
        this.description = p.description();
        this.start = p.start();
        this.end = p.end().orElse(null);
        this.outcome = p.outcome().orElse(null);
    }

    Plan toPlan() {
        return new Plan(
                id,
                candidateId,
                PlanKind.valueOf(kind),
                description,
                start,
                Optional.ofNullable(end),
                Optional.ofNullable(outcome));
    }
}
