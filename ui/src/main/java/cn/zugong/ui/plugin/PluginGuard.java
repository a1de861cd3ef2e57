package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.ui.Beans;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses a plugin page, even by direct URL, to tenants that have not enabled the plugin (or are
 * not offered it) and to users whose roles do not hold its permission in their county.
 */
class PluginGuard implements BeforeEnterListener {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<InstalledView> target = views().stream()
                .filter(v -> v.view().viewClass().equals(event.getNavigationTarget()))
                .findFirst();
        if (target.isPresent() && !permitted(target.get(), enabledPlugins(), granted())) {
            event.rerouteToError(new AccessDeniedException("error.plugin.unavailable"), "error.plugin.unavailable");
        }
    }

    private static List<InstalledView> views() {
        return Beans.lookup(PluginHost.class).map(PluginHost::views).orElse(List.of());
    }

    static Set<String> enabledPlugins() {
        return Beans.get(PluginEnablementService.class).enabledForCurrentTenant();
    }

    static Map<String, Set<String>> granted() {
        return Beans.get(PluginGrants.class).granted();
    }

    static boolean permitted(InstalledView view, Set<String> enabledPlugins, Map<String, Set<String>> granted) {
        var permission = view.view().permission();
        return enabledPlugins.contains(view.pluginId())
                && granted.getOrDefault(permission.id(), permission.defaultRoles()).stream()
                        .anyMatch(CurrentUserHolder::hasRole);
    }

    /** The plugin views this user may open in the current tenant, for the menu. */
    static List<InstalledView> permittedViews(List<InstalledView> views) {
        Set<String> enabled = enabledPlugins();
        if (enabled.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> granted = granted();
        return views.stream().filter(v -> permitted(v, enabled, granted)).toList();
    }
}
