package cn.zugong.plugin.rotation.data;

import cn.zugong.plugin.rotation.avoidance.KinPair;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_kin_link}: two cadres an officer recorded as relatives. */
@Entity
@Table(name = "rotation_kin_link")
public class KinLinkEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "relative_id", nullable = false, updatable = false)
    private UUID relativeId;

    @Column(nullable = false, updatable = false)
    private String kinship;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected KinLinkEntity() {}

    KinLinkEntity(KinPair pair, Instant now) {
        this.id = UUID.randomUUID();
        this.cadreId = pair.first();
        this.relativeId = pair.second();
        this.kinship = pair.kinship().name();
        this.recordedAt = now;
    }

    KinPair toPair() {
        return new KinPair(cadreId, relativeId, Kinship.valueOf(kinship), true);
    }
}
