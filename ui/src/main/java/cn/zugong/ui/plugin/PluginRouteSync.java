package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.application.PluginsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Follows plugins started and stopped at run time with the routes. */
@ApplicationScoped
public class PluginRouteSync {

    void on(@Observes PluginsChanged changed, PluginHost host) {
        PluginRoutes.sync(host.views());
    }
}
