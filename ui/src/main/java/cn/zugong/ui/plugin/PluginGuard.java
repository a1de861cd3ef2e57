package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.InstalledView;
import cn.zugong.core.plugin.PluginEnablementService;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.ui.Beans;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Refuses a plugin page, even by direct URL, to tenants that have not enabled the plugin and to users without its permission. */
class PluginGuard implements BeforeEnterListener {

    private final List<InstalledView> views;

    PluginGuard(List<InstalledView> views) {
        this.views = List.copyOf(views);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<InstalledView> target = views.stream()
                .filter(v -> v.view().viewClass().equals(event.getNavigationTarget()))
                .findFirst();
        if (target.isPresent() && !permitted(target.get(), enabledPlugins())) {
            event.rerouteToError(new AccessDeniedException("error.plugin.unavailable"), "error.plugin.unavailable");
        }
    }

    static Set<String> enabledPlugins() {
        return Beans.get(PluginEnablementService.class).enabledForCurrentTenant();
    }

    static boolean permitted(InstalledView view, Set<String> enabledPlugins) {
        return enabledPlugins.contains(view.pluginId())
                && view.view().permission().defaultRoles().stream().anyMatch(CurrentUserHolder::hasRole);
    }

    /** The plugin views this user may open in the current tenant, for the menu. */
    static List<InstalledView> permittedViews(List<InstalledView> views) {
        Set<String> enabled = enabledPlugins();
        return views.stream().filter(v -> permitted(v, enabled)).toList();
    }
}
