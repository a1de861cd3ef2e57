package cn.zugong.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.notice.NoticesBell;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The side navigation lists, in the portal's order, the pages whose routes let the user in. */
class MainLayoutMenuTest {

    @BeforeEach
    void setUp() {
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private static List<String> menuAs(String role) {
        CurrentUserHolder.set(new CurrentUser("someone", "王明", Set.of(role), Set.of()));
        PortalUi.start(new Routes().autoDiscoverViews("cn.zugong.ui"), EmptyFrame.services());
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI ui = UI.getCurrent();
        // a page that needs no service of its own, inside the frame
        ui.getInternals().getRouter().navigate(ui, new Location("no/such/page"), NavigationTrigger.PAGE_LOAD);
        return LocatorJ._get(SideNav.class).getItems().stream()
                .map(SideNavItem::getPath)
                .toList();
    }

    @Test
    void anOfficerSeesTheCountysPagesInOrder() {
        assertThat(menuAs(CurrentUser.OFFICER))
                .containsExactly(
                        "dashboard",
                        "cadres",
                        "units",
                        "quota",
                        "teams",
                        "statistics",
                        "admin/calendar",
                        "selection",
                        "selection/overview",
                        "admin/rules");
    }

    @Test
    void aTenantAdminAlsoSeesTheModulesAndTheUsersBeforeTheRules() {
        assertThat(menuAs(CurrentUser.TENANT_ADMIN))
                .containsExactly(
                        "dashboard",
                        "cadres",
                        "units",
                        "quota",
                        "teams",
                        "statistics",
                        "admin/calendar",
                        "selection",
                        "selection/overview",
                        "admin/plugins",
                        "admin/users",
                        "admin/rules");
    }

    @Test
    void aUserWithoutRolesSeesOnlyTheOpenPages() {
        assertThat(menuAs("nobody")).containsExactly("dashboard", "cadres", "units", "quota");
    }

    @Test
    void theHeaderCarriesTheNoticesBellContributedAtStartUp() {
        menuAs(CurrentUser.OFFICER);

        assertThat(LocatorJ._find(NoticesBell.class)).hasSize(1);
    }
}
