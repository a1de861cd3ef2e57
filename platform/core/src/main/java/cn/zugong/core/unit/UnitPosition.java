package cn.zugong.core.unit;

import cn.zugong.core.cadre.AppointmentMethod;
import cn.zugong.core.cadre.PostLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A leadership position (zhiwei) of a unit: its title, level, whether it is the principal or a
 * deputy post, whether it is a key post (organization, discipline, court, procuratorate, public
 * security principal) and how it is filled.
 */
@Entity
@Table(name = "unit_position")
public class UnitPosition {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "unit_id", nullable = false)
    private UUID unitId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_level", nullable = false)
    private PostLevel postLevel;

    @Column(nullable = false)
    private boolean principal;

    @Column(name = "key_post", nullable = false)
    private boolean keyPost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppointmentMethod selection;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected UnitPosition() {}

    public UnitPosition(UUID unitId, String title, PostLevel postLevel, AppointmentMethod selection, int sortOrder) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
        this.title = title;
        this.postLevel = postLevel;
        this.principal = postLevel.principal();
        this.selection = selection;
        this.sortOrder = sortOrder;
    }

    public UUID getId() {
        return id;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public String getTitle() {
        return title;
    }

    public PostLevel getPostLevel() {
        return postLevel;
    }

    public boolean isPrincipal() {
        return principal;
    }

    public boolean isKeyPost() {
        return keyPost;
    }

    public void setKeyPost(boolean keyPost) {
        this.keyPost = keyPost;
    }

    public AppointmentMethod getSelection() {
        return selection;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
