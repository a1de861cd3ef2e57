package cn.zugong.plugin.rotation.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_plan_post}: a post a plan offers. */
@Entity
@Table(name = "rotation_plan_post")
public class PlanPostEntity {

    @Id
    UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    String tenantId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    UUID planId;

    @Column(name = "position_id", nullable = false)
    UUID positionId;

    @Column(name = "unit_id", nullable = false)
    UUID unitId;

    @Column(name = "unit_name", nullable = false)
    String unitName;

    @Column(nullable = false)
    String title;

    @Column(name = "post_level", nullable = false)
    String level;

    @Column(nullable = false)
    String kind;

    @Column(nullable = false)
    boolean principal;

    @Column(nullable = false)
    int seats;

    protected PlanPostEntity() {}

    PlanPostEntity(UUID planId, SavedPlan.Post post) {
        this.planId = planId;
        this.positionId = post.positionId();
        this.unitId = post.unitId();
        this.unitName = post.unitName();
        this.title = post.title();
        this.level = post.level();
        this.kind = post.kind();
        this.principal = post.principal();
        this.seats = post.seats();
    }

    SavedPlan.Post post() {
        return new SavedPlan.Post(positionId, unitId, unitName, title, level, kind, principal, seats);
    }
}
