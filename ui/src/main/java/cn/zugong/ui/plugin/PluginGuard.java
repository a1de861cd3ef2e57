package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUserHolder;
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

    private final PluginHost host;
    private final PluginEnablementService enablement;
    private final PluginGrants grants;

    PluginGuard(PluginHost host, PluginEnablementService enablement, PluginGrants grants) {
        this.host = host;
        this.enablement = enablement;
        this.grants = grants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<InstalledView> target = host.views().stream()
                .filter(v -> v.view().viewClass().equals(event.getNavigationTarget()))
                .findFirst();
        if (target.isPresent() && !permitted(target.get(), enablement.enabledForCurrentTenant(), grants.granted())) {
            event.rerouteToError(new AccessDeniedException("error.plugin.unavailable"), "error.plugin.unavailable");
        }
    }

    static boolean permitted(InstalledView view, Set<String> enabledPlugins, Map<String, Set<String>> granted) {
        var permission = view.view().permission();
        return enabledPlugins.contains(view.pluginId())
                && granted.getOrDefault(permission.id(), permission.defaultRoles()).stream()
                        .anyMatch(CurrentUserHolder::hasRole);
    }

    /** The running plugins' views this user may open in the current tenant, for the menu. */
    List<InstalledView> permittedViews() {
        Set<String> enabled = enablement.enabledForCurrentTenant();
        if (enabled.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> granted = grants.granted();
        return host.views().stream().filter(v -> permitted(v, enabled, granted)).toList();
    }
}
