package cn.zugong.plugin.rotation.data;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.plan.Mover;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_plan_move}: one cadre of a plan, the forbidden posts as ids joined by commas. */
@Entity
@Table(name = "rotation_plan_move")
public class PlanMoveEntity {

    @Id
    UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    String tenantId;

    @Column(name = "plan_id", nullable = false, updatable = false)
    UUID planId;

    @Column(name = "cadre_id", nullable = false)
    UUID cadreId;

    @Column(name = "cadre_name", nullable = false)
    String name;

    @Column(name = "post_level", nullable = false)
    String level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Mover.Reason reason;

    @Column(name = "years_in_post", nullable = false)
    int yearsInPost;

    @Column(name = "position_id")
    UUID positionId;

    @Column(nullable = false)
    boolean pinned;

    @Column(nullable = false)
    String forbidden;

    @Enumerated(EnumType.STRING)
    @Column(name = "exchange_type", nullable = false)
    ExchangeType exchangeType;

    @Column(name = "exchange_reason", nullable = false)
    int exchangeReason;

    @Column(name = "case_id")
    UUID caseId;

    protected PlanMoveEntity() {}

    PlanMoveEntity(UUID planId, SavedPlan.Move move) {
        this.planId = planId;
        this.cadreId = move.cadreId();
        this.name = move.name();
        this.level = move.level();
        this.reason = move.reason();
        this.yearsInPost = move.yearsInPost();
        this.positionId = move.positionId().orElse(null);
        this.pinned = move.pinned();
        this.forbidden = move.forbidden().stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        this.exchangeType = move.exchangeType();
        this.exchangeReason = move.exchangeReason();
        this.caseId = move.caseId().orElse(null);
    }

    SavedPlan.Move move() {
        return new SavedPlan.Move(
                cadreId,
                name,
                level,
                reason,
                yearsInPost,
                Optional.ofNullable(positionId),
                pinned,
                forbidden.isEmpty()
                        ? java.util.Set.of()
                        : Arrays.stream(forbidden.split(","))
                                .map(UUID::fromString)
                                .collect(Collectors.toSet()),
                exchangeType,
                exchangeReason,
                Optional.ofNullable(caseId));
    }
}
