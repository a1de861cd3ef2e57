package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * An organization department that uses the portal, placed in the region tree (province, city,
 * county). {@code path} lists the codes from the root, such as {@code /510000/510100/510115/}, so
 * a supervisor's scope is a prefix query.
 *
 * <p>Life cycle: created {@link TenantStatus#ACTIVE}; the platform-sysadmin may suspend it (its
 * users are refused, its plugin jobs stop, its data is kept) and resume it. The code never
 * changes: it is the tenant id in every row of the county's data.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(length = 6)
    private String code;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    @Column(nullable = false, length = 64)
    private String path;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", length = 100)
    private String statusChangedBy;

    @Column(name = "onboarded_at")
    private Instant onboardedAt;

    protected Tenant() {}

    public Tenant(TenantId id, Tenant parent, String nameZh, String nameEn) {
        this.code = id.code();
        this.parentCode = parent == null ? null : parent.code;
        this.path = (parent == null ? "/" : parent.path) + id.code() + "/";
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public TenantId id() {
        return new TenantId(code);
    }

    public String path() {
        return path;
    }

    public String parentCode() {
        return parentCode;
    }

    public TenantStatus status() {
        return status;
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** Moves the tenant to a status, recording who did it and when. */
    public void changeStatus(TenantStatus next, String by, Instant at) {
        this.status = next;
        this.statusChangedBy = by;
        this.statusChangedAt = at;
    }

    /** Whether the platform made this node a tenant (group and first admin), not only a parent node. */
    public boolean onboarded() {
        return onboardedAt != null;
    }

    public void onboard(Instant at) {
        this.onboardedAt = at;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
