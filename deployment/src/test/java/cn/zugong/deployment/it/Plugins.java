package cn.zugong.deployment.it;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The module administration as a county's tenant-admin uses it. */
final class Plugins {

    private Plugins() {}

    /** Enables or disables the example module for the admin's county, and waits for the menu to follow. */
    static void setExampleEnabled(String admin, boolean enabled) throws Exception {
        setEnabled(admin, "example", "示例模块", enabled);
    }

    /** Enables or disables a module for the admin's county, and waits for its menu entry to follow. */
    static void setEnabled(String admin, String pluginId, String menuText, boolean enabled) throws Exception {
        try (Browser browser = Browser.as(admin, "admin/plugins")) {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enable-" + pluginId)));
            boolean checked =
                    browser.driver.findElement(By.id("enable-" + pluginId)).getAttribute("checked") != null;
            if (checked != enabled) {
                browser.driver.findElement(By.id("enable-" + pluginId)).click();
                browser.wait.until(d -> browser.navText().contains(menuText) == enabled);
            }
        }
    }
}
