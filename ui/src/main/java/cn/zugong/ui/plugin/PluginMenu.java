package cn.zugong.ui.plugin;

import cn.zugong.ui.menu.Menu;
import cn.zugong.ui.menu.MenuContribution;
import cn.zugong.ui.menu.MenuItem;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;

/** The plugin pages to list in the side navigation of the current user and tenant. */
final class PluginMenu implements MenuContribution {

    private final PluginGuard guard;

    PluginMenu(PluginGuard guard) {
        this.guard = guard;
    }

    @Override
    public List<MenuItem> items() {
        return guard.permittedViews().stream()
                .map(entry -> MenuItem.path(
                        Menu.PLUGINS,
                        entry.view().menuLabelKey(),
                        RouteConfiguration.forApplicationScope()
                                .getUrl(entry.view().viewClass()),
                        () -> new Icon(entry.view().icon())))
                .toList();
    }
}
