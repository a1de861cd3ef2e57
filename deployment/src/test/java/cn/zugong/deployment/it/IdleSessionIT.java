package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An idle user must sign in again, even with the portal's tab open and its heartbeat running. The
 * shared server shortens the idle timeout to {@link #IDLE_SECONDS} for this test's own user only
 * ({@code zugong.session.idle-users}, see {@link FullStack}); the user is made here, so no other
 * test meets it.
 */
@ExtendWith(FullStack.class)
class IdleSessionIT {

    static final String USER = "idle-tester";
    static final int IDLE_SECONDS = 8;

    /**
     * The tab's heartbeat, every 2 s instead of Vaadin's 5 minutes (the interval is one setting for
     * the whole server): the same request Vaadin's client sends, so the session never times out in
     * the servlet container and only Vaadin's {@code closeIdleSessions} can end it.
     */
    private static final String HEARTBEAT = "window.zugongBeats = [];"
            + " const beat = () => fetch(arguments[0] + '?v-r=heartbeat&v-uiId=0', {method: 'POST'})"
            + "   .then(r => window.zugongBeats.push(r.status), () => window.zugongBeats.push(0));"
            + " beat(); window.zugongHeartbeat = setInterval(beat, 2000);";

    @BeforeAll
    static void createUser() throws Exception {
        RealmUsers.create(USER, Browser.PASSWORD, List.of("platform-auditor"));
    }

    /**
     * The tab left the portal, so no request comes: the server times the session out, and the portal
     * ends the Keycloak session, which would otherwise sign the browser in again silently.
     */
    @Test
    void aSessionTimedOutAfterTheTabLeftAsksForThePasswordAgain() throws Exception {
        try (Browser browser = Browser.as(USER, "admin/audit")) {
            assertThat(RealmUsers.sessions(USER)).isPositive();
            browser.driver.get("about:blank");

            new WebDriverWait(browser.driver, Duration.ofSeconds(IDLE_SECONDS + 20))
                    .pollingEvery(Duration.ofSeconds(1))
                    .withMessage("the Keycloak session outlived the portal session")
                    .until(d -> {
                        try {
                            return RealmUsers.sessions(USER) == 0;
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
            browser.driver.get(FullStack.portalUrl() + "admin/audit");

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
            assertThat(browser.driver.getCurrentUrl()).startsWith(FullStack.REALM_URL);
        }
    }

    @Test
    void anIdleSessionEndsDespiteTheHeartbeatAndTheNextClickAsksForThePassword() throws Exception {
        try (Browser browser = Browser.as(USER, "admin/audit")) {
            JavascriptExecutor page = (JavascriptExecutor) browser.driver;
            long start = System.nanoTime();
            page.executeScript(HEARTBEAT, FullStack.portalUrl());
            browser.wait.until(d -> beats(page).contains(200L));

            new WebDriverWait(browser.driver, Duration.ofSeconds(IDLE_SECONDS + 15))
                    .withMessage("the idle session still answers the heartbeat (closeIdleSessions off?)")
                    .until(d -> beats(page).stream().anyMatch(status -> status != 200L));
            long idle = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertThat(idle)
                    .as("the heartbeat kept the session alive until the timeout")
                    .isGreaterThanOrEqualTo(IDLE_SECONDS - 1);
            page.executeScript("clearInterval(window.zugongHeartbeat)");

            // the next click: another menu entry, a navigation the portal's client sends to the server
            browser.driver.findElements(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                    .filter(item -> !"admin/audit".equals(item.getAttribute("path")))
                    .findFirst()
                    .orElseThrow()
                    .click();

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
            assertThat(browser.driver.getCurrentUrl()).startsWith(FullStack.REALM_URL);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> beats(JavascriptExecutor page) {
        return (List<Long>) page.executeScript("return window.zugongBeats;");
    }
}
