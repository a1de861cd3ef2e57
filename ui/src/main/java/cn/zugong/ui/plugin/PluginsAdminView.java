package cn.zugong.ui.plugin;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledPlugin;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where a county's tenant-admin turns on and off the modules the platform offers the county
 * ({@code enable-<id>}), and grants each permission of the enabled modules to the county's roles
 * ({@code plugin-permissions}, saved by {@code grant-save-<permission id, dots as dashes>}).
 */
@Access(PluginsAdminView.Managers.class)
@MenuEntry(label = "nav.plugins", icon = VaadinIcon.PLUG, order = 90)
@Route(value = "admin/plugins", layout = MainLayout.class)
public class PluginsAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A module offered to the county, with what the host reports of it while it runs. */
    record Offered(String id, Optional<InstalledPlugin> running) {}

    /** A permission an enabled module declares that none of its pages needs. */
    private record InstalledPermission(String pluginId, PluginPermission permission) {}

    final Grid<Offered> grid = new Grid<>();
    final VerticalLayout permissions = new VerticalLayout();
    final Map<String, CheckboxGroup<String>> roles = new LinkedHashMap<>();

    private final PluginEnablementService enablement;
    private final PluginHost host;
    private final PluginGrants grants;

    /** The session attribute that carries what the switch changed across the page's reload. */
    private static final String CHANGED = PluginsAdminView.class.getName() + ".changed";

    @Inject
    PluginsAdminView(PluginEnablementService enablement, PluginHost host, PluginGrants grants) {
        this.enablement = enablement;
        this.host = host;
        this.grants = grants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        if (VaadinSession.getCurrent().getAttribute(CHANGED) instanceof String changed) {
            VaadinSession.getCurrent().setAttribute(CHANGED, null);
            PluginTexts.success(changed);
        }
        Set<String> enabled = enablement.enabledForCurrentTenant();
        Map<String, InstalledPlugin> running =
                host.plugins().stream().collect(Collectors.toMap(InstalledPlugin::id, p -> p, (a, b) -> a));
        grid.removeAllColumns();
        grid.setId("plugins-grid");
        grid.addColumn(Offered::id).setHeader(getTranslation("plugins.column.id"));
        grid.addColumn(this::description).setHeader(getTranslation("plugins.column.description"));
        grid.addColumn(plugin -> plugin.running().map(InstalledPlugin::version).orElse(""))
                .setHeader(getTranslation("plugins.column.version"));
        grid.addComponentColumn(plugin -> toggle(plugin, enabled.contains(plugin.id())))
                .setKey("enabled")
                .setHeader(getTranslation("plugins.column.enabled"));
        grid.setItems(new TreeSet<>(enablement.offeredToCurrentTenant())
                .stream()
                        .map(id -> new Offered(id, Optional.ofNullable(running.get(id))))
                        .toList());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("plugins.title")), new Paragraph(getTranslation("plugins.hint")), grid);
        showPermissions(enabled);
        add(permissions);
    }

    private String description(Offered plugin) {
        return plugin.running().isPresent()
                ? getTranslation(plugin.id() + ".plugin.description")
                : getTranslation("plugins.notRunning");
    }

    private Checkbox toggle(Offered plugin, boolean enabled) {
        Checkbox box = new Checkbox(enabled);
        box.setId("enable-" + plugin.id());
        box.setAriaLabel(getTranslation("plugins.column.enabled"));
        box.addValueChangeListener(change -> {
            if (PluginTexts.run(this, () -> enablement.setEnabled(plugin.id(), change.getValue()))) {
                // Said after the reload (which brings the menu up to date), where it can be read.
                VaadinSession.getCurrent()
                        .setAttribute(
                                CHANGED,
                                getTranslation(
                                        change.getValue() ? "plugins.enabled.done" : "plugins.disabled.done",
                                        plugin.id()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } else {
                show();
            }
        });
        return box;
    }

    /**
     * One row per permission the enabled modules declare, their pages' first: the county roles
     * that hold it.
     */
    private void showPermissions(Set<String> enabled) {
        permissions.removeAll();
        roles.clear();
        permissions.setId("plugin-permissions");
        permissions.setPadding(false);
        permissions.add(
                new H3(getTranslation("plugins.permissions.title")),
                new Paragraph(getTranslation("plugins.permissions.hint")));
        Map<String, List<InstalledView>> byPermission = new LinkedHashMap<>();
        host.views().stream().filter(v -> enabled.contains(v.pluginId())).forEach(v -> byPermission
                .computeIfAbsent(v.view().permission().id(), p -> new ArrayList<>())
                .add(v));
        Map<String, InstalledPermission> others = new LinkedHashMap<>();
        host.declaredPermissions().forEach((pluginId, declared) -> {
            if (enabled.contains(pluginId)) {
                declared.stream()
                        .filter(p -> !byPermission.containsKey(p.id()))
                        .forEach(p -> others.putIfAbsent(p.id(), new InstalledPermission(pluginId, p)));
            }
        });
        if (byPermission.isEmpty() && others.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plugins.permissions.none"));
            none.setId("plugin-permissions-none");
            permissions.add(none);
            return;
        }
        byPermission.forEach((id, views) -> permissions.add(permissionRow(
                views.getFirst().pluginId(),
                views.getFirst().view().permission(),
                views.stream()
                        .map(v -> getTranslation(v.view().menuLabelKey()))
                        .distinct()
                        .collect(Collectors.joining(getTranslation("list.separator"))))));
        others.values()
                .forEach(other -> permissions.add(permissionRow(
                        other.pluginId(),
                        other.permission(),
                        PluginTexts.permission(this, other.permission().id()))));
    }

    private HorizontalLayout permissionRow(String pluginId, PluginPermission permission, String label) {
        String dashed = permission.id().replace('.', '-');
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setId("grant-roles-" + dashed);
        group.setLabel(getTranslation("plugins.permissions.permission", label, permission.id()));
        group.setItems(PluginGrants.COUNTY_ROLES);
        group.setItemLabelGenerator(role -> PluginTexts.role(this, role));
        group.setValue(grants.rolesFor(permission).stream()
                .filter(PluginGrants.COUNTY_ROLES::contains)
                .collect(Collectors.toSet()));
        roles.put(permission.id(), group);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (PluginTexts.run(this, () -> grants.grant(pluginId, permission.id(), Set.copyOf(group.getValue())))) {
                PluginTexts.success(getTranslation("plugins.permissions.saved", permission.id()));
            }
        });
        save.setId("grant-save-" + dashed);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(group, save);
        row.setAlignItems(FlexComponent.Alignment.END);
        return row;
    }

    public static boolean mayManage() {
        return TenancyHolder.current().writable().isPresent() && CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title");
    }

    /** The tenant-admin of a writable county. */
    public static final class Managers implements AccessRule {
        @Override
        public boolean permits() {
            return mayManage();
        }
    }
}
