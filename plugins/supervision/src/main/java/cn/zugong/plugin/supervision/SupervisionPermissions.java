package cn.zugong.plugin.supervision;

import cn.zugong.api.security.PluginPermission;
import java.util.Set;

/**
 * The module's permissions. Reports are the most sensitive data of the product: {@link #REPORTS}
 * has no default role, so nobody sees a report until the county's tenant-admin grants it to a
 * role. {@link #VIEW} reads personal matters, trials and measures; {@link #MANAGE} changes them.
 */
public final class SupervisionPermissions {

    public static final PluginPermission VIEW =
            new PluginPermission("supervision.view", Set.of("officer", "tenant-admin"));
    public static final PluginPermission MANAGE =
            new PluginPermission("supervision.manage", Set.of("officer", "tenant-admin"));
    public static final PluginPermission REPORTS = new PluginPermission("supervision.reports", Set.of());

    private SupervisionPermissions() {}
}
