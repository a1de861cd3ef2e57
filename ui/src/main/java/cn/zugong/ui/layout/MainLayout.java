package cn.zugong.ui.layout;

import cn.zugong.core.audit.AuditScope;
import cn.zugong.core.plugin.InstalledView;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.ui.audit.AuditView;
import cn.zugong.ui.cadre.CadresView;
import cn.zugong.ui.calendar.CalendarView;
import cn.zugong.ui.dashboard.DashboardView;
import cn.zugong.ui.i18n.PortalI18NProvider;
import cn.zugong.ui.notice.NoticesBell;
import cn.zugong.ui.plugin.PlatformPluginsView;
import cn.zugong.ui.plugin.PluginMenu;
import cn.zugong.ui.plugin.PluginsAdminView;
import cn.zugong.ui.plugin.VendorKeysView;
import cn.zugong.ui.rules.RulesView;
import cn.zugong.ui.selection.CasesView;
import cn.zugong.ui.selection.SelectionAccess;
import cn.zugong.ui.selection.SelectionOverviewView;
import cn.zugong.ui.unit.QuotaOverviewView;
import cn.zugong.ui.unit.UnitsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;

/**
 * The portal frame: a header with the product name, the current tenant (a switcher for
 * supervisors), the notices' bell, the language, the user and logout; a side navigation with what
 * this user may open.
 */
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header());
        addToDrawer(brand(), navigation());
    }

    private Component brand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassNames("brand");
        brand.getStyle()
                .set("font-weight", "600")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)");
        return brand;
    }

    private Component header() {
        Span user = new Span(
                CurrentUserHolder.current().map(CurrentUser::displayName).orElse(""));
        user.setId("current-user");
        Anchor logout = new Anchor("logout", getTranslation("header.logout"));
        logout.setId("logout");
        logout.setRouterIgnore(true);
        HorizontalLayout header =
                new HorizontalLayout(new TenantSwitcher(), new NoticesBell(), languageSelect(), user, logout);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private Select<Locale> languageSelect() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("header.language"));
        language.setItems(PortalI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(PortalI18NProvider.supported(getLocale()));
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Locales.choose(UI.getCurrent(), change.getValue());
            }
        });
        return language;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        if (DashboardView.mayOpen()) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.dashboard"), DashboardView.class, VaadinIcon.DASHBOARD.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.cadres"), CadresView.class, VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.units"), UnitsView.class, VaadinIcon.SITEMAP.create()));
        nav.addItem(
                new SideNavItem(getTranslation("nav.quota"), QuotaOverviewView.class, VaadinIcon.CHART_GRID.create()));
        if (CalendarView.mayOpen()) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.calendar"), CalendarView.class, VaadinIcon.CALENDAR.create()));
        }
        if (SelectionAccess.mayOpen()) {
            nav.addItem(new SideNavItem(getTranslation("nav.selection"), CasesView.class, VaadinIcon.FLAG.create()));
            nav.addItem(new SideNavItem(
                    getTranslation("nav.selection.overview"),
                    SelectionOverviewView.class,
                    VaadinIcon.CHART_TIMELINE.create()));
        }
        for (InstalledView entry : PluginMenu.entries()) {
            nav.addItem(new SideNavItem(
                    getTranslation(entry.view().menuLabelKey()),
                    RouteConfiguration.forApplicationScope().getUrl(entry.view().viewClass()),
                    new Icon(entry.view().icon())));
        }
        if (PluginsAdminView.mayManage()) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.plugins"), PluginsAdminView.class, VaadinIcon.PLUG.create()));
        }
        if (RulesView.mayOpen()) {
            nav.addItem(new SideNavItem(getTranslation("nav.rules"), RulesView.class, VaadinIcon.SLIDERS.create()));
        }
        if (PlatformPluginsView.mayOpen()) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.platform.plugins"), PlatformPluginsView.class, VaadinIcon.PACKAGE.create()));
        }
        if (VendorKeysView.mayOpen()) {
            nav.addItem(new SideNavItem(
                    getTranslation("nav.platform.vendorKeys"), VendorKeysView.class, VaadinIcon.KEY.create()));
        }
        if (AuditScope.mayAudit()) {
            nav.addItem(
                    new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        return nav;
    }
}
