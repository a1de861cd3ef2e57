package cn.zugong.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import java.util.List;

/**
 * The tenant directory of the pages' tests without a database: the city of Chengdu and its two
 * demo counties, Wenjiang ({@link #WENJIANG}) and Pidu ({@link #PIDU}), named in both languages.
 */
public final class ChengduDirectory extends TenantDirectory {

    public static final TenantId WENJIANG = new TenantId("510115");
    public static final TenantId PIDU = new TenantId("510117");

    private static final Tenant CHENGDU = new Tenant(new TenantId("510100"), null, "成都市", "Chengdu");
    private static final List<Tenant> TENANTS = List.of(
            CHENGDU, new Tenant(WENJIANG, CHENGDU, "温江区", "Wenjiang"), new Tenant(PIDU, CHENGDU, "郫都区", "Pidu"));

    @Override
    public List<Tenant> all() {
        return TENANTS;
    }
}
