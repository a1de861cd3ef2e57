package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the routes of the running plugins' views inside the portal layout, and again whenever a
 * plugin is started or stopped at run time ({@link PluginRouteSync}); guards every navigation so
 * that a plugin page opens only where the tenant enabled the plugin and the user's role holds its
 * permission; lists the permitted plugin pages in the menu. A CDI bean, which the portal's
 * instantiator adds to the service's init listeners: it needs the plugin host.
 */
@Dependent
public class PluginRoutes implements VaadinServiceInitListener {

    private static ApplicationRouteRegistry registry;
    private static final List<String> registered = new ArrayList<>();

    private final PluginHost host;
    private final PluginEnablementService enablement;
    private final PluginGrants grants;

    @Inject
    PluginRoutes(PluginHost host, PluginEnablementService enablement, PluginGrants grants) {
        this.host = host;
        this.enablement = enablement;
        this.grants = grants;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        synchronized (PluginRoutes.class) {
            registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        }
        sync(host.views());
        PluginGuard guard = new PluginGuard(host, enablement, grants);
        Menu.of(event.getSource().getContext()).contribute(new PluginMenu(guard));
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(guard));
    }

    /** Makes the registered plugin routes those of these views, the running plugins'. */
    static synchronized void sync(List<InstalledView> views) {
        if (registry == null) {
            return;
        }
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
