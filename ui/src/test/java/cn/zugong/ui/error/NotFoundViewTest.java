package cn.zugong.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.layout.MainLayout;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An address that is no page: the portal's own page, inside its frame, in the user's language. */
class NotFoundViewTest {

    @BeforeEach
    void setUp() {
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
        CurrentUserHolder.set(new CurrentUser("clerk", "王明", Set.of(CurrentUser.OFFICER), Set.of()));
        PortalUi.start(new Routes().autoDiscoverViews("cn.zugong.ui"), EmptyFrame.services());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    /** As a typed address reaches the router (Karibu's {@code navigate} refuses unknown routes itself). */
    private static void open(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    @Test
    void anUnknownAddressShowsThePortalsPageInsideTheMenuInChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        open("no/such/page");

        NotFoundView page = LocatorJ._get(NotFoundView.class);
        assertThat(page.getParent()).containsInstanceOf(MainLayout.class);
        assertThat(LocatorJ._get(page, H2.class).getText()).isEqualTo("页面不存在");
        assertThat(LocatorJ._get(page, Paragraph.class).getText())
                .contains("no/such/page")
                .contains("左侧菜单");
        assertThat(LocatorJ._find(SideNav.class)).hasSize(1);
    }

    @Test
    void anUnknownAddressIsExplainedInEnglishToo() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        open("cadres/nowhere/else");

        assertThat(LocatorJ._get(LocatorJ._get(NotFoundView.class), H2.class).getText())
                .isEqualTo("Page not found");
    }
}
