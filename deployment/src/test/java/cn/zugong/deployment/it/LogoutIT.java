package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Logging out ends the Keycloak session too: the next visit asks for the password again. */
@ExtendWith(FullStack.class)
class LogoutIT {

    @Test
    void logoutEndsThePortalAndTheKeycloakSession() throws Exception {
        try (Browser browser = Browser.as("wenjiang-officer", "units")) {
            assertThat(browser.driver.findElement(By.id("current-user")).getText())
                    .isEqualTo("王小明");

            browser.driver.findElement(By.id("logout")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            browser.driver.get(FullStack.portalUrl() + "units");

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
            assertThat(browser.driver.getCurrentUrl()).startsWith(FullStack.REALM_URL);
        }
    }
}
