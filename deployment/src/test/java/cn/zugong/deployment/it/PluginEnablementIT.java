package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** (f) A tenant-admin enabling the example module opens it in that county only; disabling closes it again. */
@ExtendWith(FullStack.class)
class PluginEnablementIT {

    @Test
    void enablingTheExampleModuleInPiduOpensItThereOnly() throws Exception {
        Plugins.setExampleEnabled("pidu-admin", true);
        try (Browser pidu = Browser.as("pidu-officer", "units")) {
            assertThat(pidu.navText()).contains("示例模块");
            pidu.go("example");
            pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("example-view")));
            assertThat(pidu.driver.findElement(By.id("example-view")).getText()).contains("示例插件");
        }
        try (Browser wenjiang = Browser.as("wenjiang-officer", "example")) {
            wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
            assertThat(wenjiang.navText()).doesNotContain("示例模块");
        }

        Plugins.setExampleEnabled("pidu-admin", false);
        try (Browser pidu = Browser.as("pidu-officer", "example")) {
            pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
            assertThat(pidu.navText()).doesNotContain("示例模块");
        }
    }

    @Test
    void anOfficerCannotOpenTheModuleAdministration() throws Exception {
        try (Browser officer = Browser.as("pidu-officer", "admin/plugins")) {
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
            assertThat(officer.present("plugins-grid")).isFalse();
        }
    }
}
