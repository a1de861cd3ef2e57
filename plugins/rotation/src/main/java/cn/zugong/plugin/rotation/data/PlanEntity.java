package cn.zugong.plugin.rotation.data;

import cn.zugong.plugin.rotation.exchange.PlanStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_plan}. */
@Entity
@Table(name = "rotation_plan")
public class PlanEntity {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    String tenantId;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlanStatus status;

    @Column(name = "hard_score")
    Long hardScore;

    @Column(name = "soft_score")
    Long softScore;

    @Column(name = "created_on", nullable = false, updatable = false)
    LocalDate createdOn;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    protected PlanEntity() {}
}
