package cn.zugong.ui.plugin;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.PluginView;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledPlugin;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A county's module page without a browser: the offered modules, switching them, granting their permissions. */
@ExtendWith(PortalUi.class)
class PluginsAdminViewTest {

    private final Enablement enablement = new Enablement();
    private final Host host = new Host();
    private final Grants grants = new Grants();

    /** A plugin page; the view itself is never opened here. */
    public static class TrainingView extends Div {}

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn(Tenancy.writing(new TenantId("510115")), CurrentUser.TENANT_ADMIN);
        host.plugins.addAll(List.of(
                new InstalledPlugin("alpha", "1.0.0"),
                new InstalledPlugin("beta", "2.1.0"),
                new InstalledPlugin("hidden", "0.1.0")));
        // Menu labels from the portal's bundle stand in for the plugins' own (no plugin host in these tests).
        host.views.add(new InstalledView(
                "alpha",
                new PluginView(
                        "alpha",
                        TrainingView.class,
                        "nav.calendar",
                        "vaadin:book",
                        new PluginPermission("alpha.view", Set.of(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN)))));
        host.views.add(new InstalledView(
                "beta",
                new PluginView(
                        "beta",
                        TrainingView.class,
                        "nav.quota",
                        "vaadin:book",
                        new PluginPermission("beta.view", Set.of(CurrentUser.OFFICER)))));
        enablement.offered.addAll(Set.of("alpha", "beta", "gamma"));
        enablement.enabled.add("alpha");
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void signIn(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private PluginsAdminView view() {
        PluginsAdminView view = new PluginsAdminView(enablement, host, grants);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/plugins")).isEmpty();
        return view;
    }

    @Test
    void onlyTheCountysTenantAdminMayManageModules() {
        signIn(Tenancy.writing(new TenantId("510115")), CurrentUser.OFFICER);
        assertThat(Entering.refusal(new PluginsAdminView(enablement, host, grants), "admin/plugins"))
                .containsInstanceOf(AccessDeniedException.class);
        signIn(Tenancy.reading(Set.of(new TenantId("510115"))), TenancyPolicy.SUPERVISOR);
        assertThat(Entering.refusal(new PluginsAdminView(enablement, host, grants), "admin/plugins"))
                .containsInstanceOf(AccessDeniedException.class);
        signIn(Tenancy.NONE, CurrentUser.PLATFORM_SYSADMIN);
        assertThat(PluginsAdminView.mayManage()).isFalse();
    }

    @Test
    void onlyTheModulesOfferedToTheCountyAreListed() {
        PluginsAdminView view = view();

        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(List.of(
                        _getFormattedRow(view.grid, 0).getFirst(),
                        _getFormattedRow(view.grid, 1).getFirst(),
                        _getFormattedRow(view.grid, 2).getFirst()))
                .containsExactly("alpha", "beta", "gamma");
        assertThat(_getFormattedRow(view.grid, 1).get(2)).isEqualTo("2.1.0");
        assertThat(_getFormattedRow(view.grid, 2).subList(1, 3)).containsExactly("（模块未在运行）", "");
        Checkbox alpha = (Checkbox) _getCellComponent(view.grid, 0, "enabled");
        Checkbox beta = (Checkbox) _getCellComponent(view.grid, 1, "enabled");
        assertThat(alpha.getId()).contains("enable-alpha");
        assertThat(alpha.getValue()).isTrue();
        assertThat(beta.getId()).contains("enable-beta");
        assertThat(beta.getValue()).isFalse();
    }

    /** The page the switch reloads into here (it reloads to show the changed menu). */
    public static class Home extends Div {}

    @Test
    void theSwitchEnablesTheModuleForTheCountyAndReloadsThePage() {
        RouteConfiguration.forApplicationScope().setRoute("", Home.class);
        PluginsAdminView view = view();

        ((Checkbox) _getCellComponent(view.grid, 1, "enabled")).setValue(true);

        assertThat(enablement.enabledForCurrentTenant()).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(UI.getCurrent().getChildren()).noneMatch(PluginsAdminView.class::isInstance);
    }

    @Test
    void afterTheReloadThePageSaysWhichModuleWasEnabledOrDisabled() {
        RouteConfiguration.forApplicationScope().setRoute("", Home.class);
        ((Checkbox) _getCellComponent(view().grid, 1, "enabled")).setValue(true);

        view();

        assertThat(notificationTexts()).containsExactly("已为本县（区）启用模块 beta，其页面已加入菜单。");

        ((Checkbox) _getCellComponent(view().grid, 0, "enabled")).setValue(false);
        view();

        assertThat(notificationTexts()).contains("已为本县（区）停用模块 alpha，其页面已从菜单移除，数据予以保留。");
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void thePermissionsOfTheEnabledModulesArePresetAndAGrantIsSaved() {
        PluginsAdminView view = view();

        assertThat(view.permissions.getId()).contains("plugin-permissions");
        assertThat(view.roles.keySet()).containsExactly("alpha.view");
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> roles =
                _get(view.permissions, CheckboxGroup.class, spec -> spec.withId("grant-roles-alpha-view"));
        assertThat(roles.getLabel()).isEqualTo("工作日历（alpha.view）");
        assertThat(CheckboxGroupKt.getItemLabels(roles)).containsExactly("组工干部", "单位管理员", "查阅人员", "审计员");
        assertThat(roles.getValue()).containsExactlyInAnyOrder(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN);

        CheckboxGroupKt.selectByLabel(roles, "单位管理员", "查阅人员");
        _get(view.permissions, Button.class, spec -> spec.withId("grant-save-alpha-view"))
                .click();

        assertThat(grants.calls).containsExactly("alpha alpha.view [tenant-admin, viewer]");
        assertThat(_find(view.permissions, Button.class, spec -> spec.withId("grant-save-beta-view")))
                .isEmpty();
    }

    @Test
    void aPermissionNoPageNeedsIsGrantableWithItsDefaultRoles() {
        host.declared.put(
                "alpha",
                List.of(
                        new PluginPermission("alpha.view", Set.of(CurrentUser.OFFICER)),
                        new PluginPermission("alpha.manage", Set.of(CurrentUser.TENANT_ADMIN)),
                        new PluginPermission("alpha.export", Set.of()),
                        // A key of the portal's bundle stands in for one of the plugin's bundle.
                        new PluginPermission("nav.quota", Set.of())));
        host.declared.put("beta", List.of(new PluginPermission("beta.manage", Set.of(CurrentUser.OFFICER))));

        PluginsAdminView view = view();

        assertThat(view.roles.keySet()).containsExactly("alpha.view", "alpha.manage", "alpha.export", "nav.quota");
        assertThat(view.roles.get("nav.quota").getLabel()).isEqualTo("职数概览（nav.quota）");
        assertThat(view.roles.get("alpha.manage").getLabel()).isEqualTo("alpha.manage（alpha.manage）");
        assertThat(view.roles.get("alpha.manage").getValue()).containsExactly(CurrentUser.TENANT_ADMIN);
        assertThat(view.roles.get("alpha.export").getValue()).isEmpty();

        CheckboxGroupKt.selectByLabel(view.roles.get("alpha.export"), "组工干部");
        _get(view.permissions, Button.class, spec -> spec.withId("grant-save-alpha-export"))
                .click();

        assertThat(grants.calls).containsExactly("alpha alpha.export [officer]");
    }

    @Test
    void aSavedGrantPresetsTheRolesNextTime() {
        grants.granted.put("alpha.view", Set.of("tenant-auditor"));

        PluginsAdminView view = view();

        assertThat(view.roles.get("alpha.view").getValue()).containsExactly("tenant-auditor");
    }

    @Test
    void withoutEnabledModulesThereIsNothingToGrant() {
        enablement.enabled.clear();

        PluginsAdminView view = view();

        assertThat(view.roles).isEmpty();
        assertThat(_find(
                        view.permissions,
                        com.vaadin.flow.component.html.Paragraph.class,
                        spec -> spec.withId("plugin-permissions-none")))
                .hasSize(1);
    }

    /** A running plugin host without PF4J: the plugins and views it is given. */
    private static final class Host extends PluginHost {

        final List<InstalledPlugin> plugins = new ArrayList<>();
        final List<InstalledView> views = new ArrayList<>();
        final Map<String, List<PluginPermission>> declared = new LinkedHashMap<>();

        @Override
        public List<InstalledPlugin> plugins() {
            return plugins;
        }

        @Override
        public Map<String, List<PluginPermission>> declaredPermissions() {
            return declared;
        }

        @Override
        public List<InstalledView> views() {
            return views;
        }
    }

    /** One county's offers and choices. */
    private static final class Enablement extends PluginEnablementService {

        final Set<String> offered = new HashSet<>();
        final Set<String> enabled = new HashSet<>();

        @Override
        public Set<String> enabledForCurrentTenant() {
            return Set.copyOf(enabled);
        }

        @Override
        public Set<String> offeredToCurrentTenant() {
            return Set.copyOf(offered);
        }

        @Override
        public void setEnabled(String pluginId, boolean enable) {
            if (enable) {
                enabled.add(pluginId);
            } else {
                enabled.remove(pluginId);
            }
        }
    }

    /** One county's grants. */
    private static final class Grants extends PluginGrants {

        final Map<String, Set<String>> granted = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public Map<String, Set<String>> granted() {
            return Map.copyOf(granted);
        }

        @Override
        public void grant(String pluginId, String permission, Set<String> roles) {
            calls.add(pluginId + " " + permission + " " + new TreeSet<>(roles));
            granted.put(permission, Set.copyOf(roles));
        }
    }
}
