package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Every entry of the side navigation opens its page inside the portal's frame for the users it is
 * listed to: the views, the frame and its header are made by the portal's CDI instantiator, so a
 * view whose services cannot be injected fails here (Vaadin's error page has no frame).
 */
@ExtendWith(FullStack.class)
class MenuIT {

    @Test
    void aCountysTenantAdminOpensEveryPageOfTheMenu() throws Exception {
        assertThat(openEveryEntryAs("wenjiang-admin"))
                .contains("dashboard", "cadres", "units", "quota", "admin/calendar", "selection")
                .contains("selection/overview", "admin/plugins", "admin/rules");
    }

    @Test
    void theSupervisorOpensEveryPageOfTheMenu() throws Exception {
        assertThat(openEveryEntryAs("sichuan-supervisor")).contains("cadres", "units", "selection/overview");
    }

    @Test
    void theAuditorsOpenTheirTrail() throws Exception {
        assertThat(openEveryEntryAs("wenjiang-auditor")).contains("admin/audit");
        assertThat(openEveryEntryAs("platform-auditor")).contains("admin/audit");
    }

    @Test
    void thePlatformsAdministratorsOpenTheirPages() throws Exception {
        assertThat(openEveryEntryAs("platform-sysadmin")).contains("admin/platform/plugins");
        assertThat(openEveryEntryAs("platform-secadmin")).contains("admin/platform/vendor-keys");
    }

    /** Opens each entry of the user's menu by its address; the paths opened. */
    private static List<String> openEveryEntryAs(String user) throws Exception {
        try (Browser browser = Browser.as(user, "dashboard")) {
            List<String> paths = browser.driver.findElements(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                    .map(item -> item.getAttribute("path"))
                    .toList();
            for (String path : paths) {
                try {
                    browser.go(path);
                } catch (TimeoutException noFrame) {
                    throw new AssertionError(user + " opens " + path + " without the portal's frame", noFrame);
                }
                assertThat(browser.present("access-denied"))
                        .as(user + " " + path)
                        .isFalse();
                assertThat(browser.present("not-found")).as(user + " " + path).isFalse();
                WebElement page = browser.driver.findElement(By.tagName("vaadin-app-layout"));
                assertThat(page.getText()).as(user + " " + path).doesNotContain("!nav.", "Internal error");
            }
            return paths;
        }
    }
}
