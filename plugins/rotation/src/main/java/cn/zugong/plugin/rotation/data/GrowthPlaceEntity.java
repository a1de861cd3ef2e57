package cn.zugong.plugin.rotation.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code rotation_growth_place}: a cadre's growth place as staff confirmed it. */
@Entity
@Table(name = "rotation_growth_place")
public class GrowthPlaceEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(nullable = false)
    private String place;

    @Column(name = "confirmed_on", nullable = false)
    private LocalDate confirmedOn;

    protected GrowthPlaceEntity() {}

    GrowthPlaceEntity(UUID cadreId, String place, LocalDate confirmedOn) {
        this.id = UUID.randomUUID();
        this.cadreId = cadreId;
        this.place = place;
        this.confirmedOn = confirmedOn;
    }

    void confirm(String newPlace, LocalDate on) {
        this.place = newPlace;
        this.confirmedOn = on;
    }

    UUID cadreId() {
        return cadreId;
    }

    String place() {
        return place;
    }
}
