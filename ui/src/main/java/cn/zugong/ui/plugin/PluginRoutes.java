package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.InstalledView;
import cn.zugong.core.plugin.PluginHost;
import cn.zugong.ui.Beans;
import cn.zugong.ui.layout.Locales;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;

/**
 * Registers the routes of the started plugins' views inside the portal layout, and guards every
 * navigation so that a plugin page opens only where the tenant enabled the plugin and the user
 * holds its permission. Also applies the remembered language to every new UI.
 */
public class PluginRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        List<InstalledView> views =
                Beans.lookup(PluginHost.class).map(PluginHost::views).orElse(List.of());
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        for (InstalledView installed : views) {
            routes.setRoute(installed.view().route(), installed.view().viewClass(), List.of(MainLayout.class));
        }
        PluginGuard guard = new PluginGuard(views);
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(Locales.remembered(VaadinRequest.getCurrent()));
            init.getUI().addBeforeEnterListener(guard);
        });
    }
}
