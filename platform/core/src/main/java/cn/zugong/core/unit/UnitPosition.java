package cn.zugong.core.unit;

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
 *
 * <p>Invariants, checked by {@code cn.zugong.core.post.PositionValidator} before every save: a title
 * of at most 100 characters; a level that fits the unit's rank (the rank itself for the principal
 * post, {@code rank.deputy()} for deputies); only a principal post is a key post; a selection
 * method.
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

    /** A new, empty position of a unit, for the position form to fill. */
    public UnitPosition(UUID unitId) {
        this.id = UUID.randomUUID();
        this.unitId = unitId;
    }

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

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public PostLevel getPostLevel() {
        return postLevel;
    }

    public void setPostLevel(PostLevel postLevel) {
        this.postLevel = postLevel;
    }

    /**
     * Whether this is the unit's principal (zheng) post. Set on its own: in a unit of a deputy rank
     * (a deputy-section internal organ) the head and the deputies share one level.
     */
    public boolean isPrincipal() {
        return principal;
    }

    public void setPrincipal(boolean principal) {
        this.principal = principal;
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

    public void setSelection(AppointmentMethod selection) {
        this.selection = selection;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getTenantId() {
        return tenantId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitPosition position && id.equals(position.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
