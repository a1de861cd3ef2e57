package cn.zugong.core.admin;

import cn.zugong.core.plugin.data.PluginTenantTables;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/** The tenant purge wired by hand on an entity manager, without plugin tables, for other packages' tests. */
public final class TenantPurgeAccess {

    private TenantPurgeAccess() {}

    /** Deletes the county's rows as {@link TenantPurge#delete} does, in the caller's transaction. */
    public static Map<String, Integer> delete(EntityManager em, String county) {
        TenantPurge purge = new TenantPurge();
        purge.em = em;
        purge.pluginTables = new PluginTenantTables() {
            @Override
            public List<String> tables() {
                return List.of();
            }
        };
        return purge.delete(county);
    }
}
