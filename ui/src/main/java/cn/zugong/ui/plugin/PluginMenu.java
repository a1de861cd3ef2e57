package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.InstalledView;
import cn.zugong.core.plugin.PluginHost;
import cn.zugong.ui.Beans;
import java.util.List;

/** The plugin pages to list in the side navigation of the current user and tenant. */
public final class PluginMenu {

    private PluginMenu() {}

    public static List<InstalledView> entries() {
        return PluginGuard.permittedViews(Beans.get(PluginHost.class).views());
    }
}
