package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * An organization department that uses the portal, placed in the region tree (province, city,
 * county). {@code path} lists the codes from the root, such as {@code /510000/510100/510115/}, so
 * a supervisor's scope is a prefix query.
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

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
