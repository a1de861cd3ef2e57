package cn.zugong.ui.layout;

import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.i18n.PortalI18NProvider;
import cn.zugong.ui.menu.Menu;
import cn.zugong.ui.menu.MenuItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The portal frame: a header with the product name, the current tenant (a switcher for
 * supervisors), what other parts add (the notices' bell), the language, the user and logout; a side navigation with what
 * this user may open.
 */
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(TenantDirectory directory, TenancyPolicy policy) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(new TenantSwitcher(directory, policy)));
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

    private Component header(TenantSwitcher tenant) {
        Span user = new Span(
                CurrentUserHolder.current().map(CurrentUser::displayName).orElse(""));
        user.setId("current-user");
        Anchor logout = new Anchor("logout", getTranslation("header.logout"));
        logout.setId("logout");
        logout.setRouterIgnore(true);
        HorizontalLayout header = new HorizontalLayout(tenant);
        menu().headerItems(VaadinService.getCurrent().getInstantiator()).forEach(header::add);
        header.add(languageSelect(), user, logout);
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

    private static Menu menu() {
        return Menu.of(VaadinService.getCurrent().getContext());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuItem item : menu().items()) {
            nav.addItem(item.navItem(getTranslation(item.labelKey())));
        }
        return nav;
    }
}
