package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.ui.Beans;
import cn.zugong.ui.layout.Locales;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the routes of the running plugins' views inside the portal layout, and again whenever a
 * plugin is started or stopped at run time; guards every navigation so that a plugin page opens
 * only where the tenant enabled the plugin and the user's role holds its permission. Also applies
 * the remembered language to every new UI, and lists the permitted plugin pages in the menu.
 */
public class PluginRoutes implements VaadinServiceInitListener {

    private static ApplicationRouteRegistry registry;
    private static final List<String> registered = new ArrayList<>();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        synchronized (PluginRoutes.class) {
            registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        }
        sync();
        Menu.of(event.getSource().getContext()).contribute(new PluginMenu());
        PluginGuard guard = new PluginGuard();
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(Locales.remembered(VaadinRequest.getCurrent()));
            init.getUI().addBeforeEnterListener(guard);
        });
    }

    /** Makes the registered plugin routes those of the running plugins. */
    static synchronized void sync() {
        if (registry == null) {
            return;
        }
        List<InstalledView> views =
                Beans.lookup(PluginHost.class).map(PluginHost::views).orElse(List.of());
        RouteConfiguration routes = RouteConfiguration.forRegistry(registry);
        routes.update(() -> {
            registered.forEach(routes::removeRoute);
            registered.clear();
            for (InstalledView installed : views) {
                routes.setRoute(installed.view().route(), installed.view().viewClass(), List.of(MainLayout.class));
                registered.add(installed.view().route());
            }
        });
    }
}
