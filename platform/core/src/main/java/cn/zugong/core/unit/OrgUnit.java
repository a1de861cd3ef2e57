package cn.zugong.core.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * An organization unit (danwei) of one tenant, with its approved leadership posts (zhishu).
 *
 * <p>Invariants, checked by {@link UnitValidator} before every save: a name, unique under the same
 * parent; a type; a parent of the same tenant that is not the unit itself or below it; post counts
 * between 0 and 99. The tenant is set by Hibernate from the request and never changes.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 32)
    private UnitType type;

    @Column(name = "parent_id")
    private UUID parentId;

    /** The unit's rank (jigou guige): the level of its principal posts; deputies are one below. */
    @Enumerated(EnumType.STRING)
    @Column(name = "unit_rank")
    private PostLevel rank;

    @Column(name = "principal_posts", nullable = false)
    private int principalPosts;

    @Column(name = "deputy_posts", nullable = false)
    private int deputyPosts;

    @Version
    private long version;

    public OrgUnit() {
        this.id = UUID.randomUUID();
    }

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
    }

    public PostLevel getRank() {
        return rank;
    }

    public void setRank(PostLevel rank) {
        this.rank = rank;
    }

    /** The recorded rank, or the usual rank of the unit's type when none is recorded (older units). */
    public PostLevel effectiveRank() {
        return rank != null || type == null ? rank : type.countyRank();
    }

    public int getPrincipalPosts() {
        return principalPosts;
    }

    public void setPrincipalPosts(int principalPosts) {
        this.principalPosts = principalPosts;
    }

    public int getDeputyPosts() {
        return deputyPosts;
    }

    public void setDeputyPosts(int deputyPosts) {
        this.deputyPosts = deputyPosts;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrgUnit unit && id.equals(unit.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
