package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.InstalledPlugin;
import cn.zugong.core.plugin.PluginEnablementService;
import cn.zugong.core.plugin.PluginHost;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.Beans;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Set;

/** Where a county's tenant-admin turns the installed modules on and off for the county. */
@Route(value = "admin/plugins", layout = MainLayout.class)
public class PluginsAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayManage()) {
            event.rerouteToError(new AccessDeniedException("error.access.denied"), "error.access.denied");
            return;
        }
        removeAll();
        Set<String> enabled = Beans.get(PluginEnablementService.class).enabledForCurrentTenant();
        Grid<InstalledPlugin> grid = new Grid<>();
        grid.setId("plugins-grid");
        grid.addColumn(InstalledPlugin::id).setHeader(getTranslation("plugins.column.id"));
        grid.addColumn(plugin -> getTranslation(plugin.id() + ".plugin.description"))
                .setHeader(getTranslation("plugins.column.description"));
        grid.addColumn(InstalledPlugin::version).setHeader(getTranslation("plugins.column.version"));
        grid.addComponentColumn(plugin -> toggle(plugin, enabled.contains(plugin.id())))
                .setHeader(getTranslation("plugins.column.enabled"));
        grid.setItems(Beans.get(PluginHost.class).plugins());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.hint")), grid);
    }

    private Checkbox toggle(InstalledPlugin plugin, boolean enabled) {
        Checkbox box = new Checkbox(enabled);
        box.setId("enable-" + plugin.id());
        box.setAriaLabel(getTranslation("plugins.column.enabled"));
        box.addValueChangeListener(change -> {
            Beans.get(PluginEnablementService.class).setEnabled(plugin.id(), change.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        return box;
    }

    public static boolean mayManage() {
        return TenancyHolder.current().writable().isPresent() && CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }
}
