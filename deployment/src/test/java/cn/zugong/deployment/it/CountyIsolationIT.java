package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** (b) and (c): the 温江 officer works on 温江's units and cannot reach 郫都's, nor a module 温江 has not enabled. */
@ExtendWith(FullStack.class)
class CountyIsolationIT {

    @Test
    void theWenjiangOfficerSeesWenjiangUnitsAndNoneOfPidus() throws Exception {
        try (Browser browser = Browser.as("wenjiang-officer", "")) {
            browser.waitForGridText(Units.WENJIANG_COMMITTEE);

            assertThat(browser.driver.findElement(By.id("current-tenant")).getText())
                    .isEqualTo("温江区委组织部");
            assertThat(browser.gridTexts()).contains("成都市温江区教育局").noneMatch(text -> text.contains("郫都"));
        }
    }

    @Test
    void theWenjiangOfficerCreatesAUnitThatPiduNeverSees() throws Exception {
        String name = "温江区测试单位" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser officer = Browser.as("wenjiang-officer", "units")) {
            officer.driver.findElement(By.id("unit-create")).click();
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unit-name input")));
            officer.driver.findElement(By.cssSelector("#unit-save")).click();
            officer.wait.until(d -> d.findElement(By.id("unit-name")).getAttribute("invalid") != null);
            assertThat(officer.driver.findElement(By.id("unit-name")).getText()).contains("请填写单位名称");

            officer.driver.findElement(By.cssSelector("#unit-name input")).sendKeys(name);
            officer.choose("unit-type", "vaadin-combo-box-item", "工作部门");
            officer.driver.findElement(By.id("unit-save")).click();
            officer.wait.until(d -> !officer.present("unit-dialog"));

            officer.search(name);
            officer.waitForGridText(name);
            assertThat(officer.gridTexts()).contains("工作部门");
        }
        assertThat(Units.idOf(Units.WENJIANG, name)).isNotNull();
        try (Browser pidu = Browser.as("pidu-officer", "units")) {
            pidu.waitForGridText(Units.PIDU_COMMITTEE);
            pidu.search("测试单位");
            pidu.wait.until(d -> !pidu.gridTexts().contains(Units.PIDU_COMMITTEE));
            assertThat(pidu.gridTexts()).doesNotContain(name);
        }
    }

    @Test
    void theWenjiangOfficerCannotOpenAPiduUnitByItsId() throws Exception {
        UUID piduUnit = Units.idOf(Units.PIDU, Units.PIDU_HEALTH);
        try (Browser browser = Browser.as("wenjiang-officer", "units/" + piduUnit)) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-not-found")));

            assertThat(browser.driver.findElement(By.id("unit-not-found")).getText())
                    .contains("未找到该单位");
            assertThat(browser.present("unit-dialog")).isFalse();
            assertThat(browser.driver.getPageSource()).doesNotContain(Units.PIDU_HEALTH);
        }
    }

    @Test
    void theWenjiangOfficerCannotOpenAModuleWenjiangHasNotEnabled() throws Exception {
        try (Browser browser = Browser.as("wenjiang-officer", "example")) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));

            assertThat(browser.present("example-view")).isFalse();
            assertThat(browser.navText()).doesNotContain("示例模块");
        }
    }

    @Test
    void theLanguageSwitchesToEnglishAndIsRemembered() throws Exception {
        try (Browser browser = Browser.as("wenjiang-officer", "units")) {
            assertThat(browser.navText()).contains("单位管理");

            browser.choose("language", "vaadin-select-item", "English");
            browser.wait.until(d -> browser.navText().contains("Units"));
            browser.go("units");

            assertThat(browser.navText()).contains("Units").doesNotContain("单位管理");
            browser.waitForGridText("Party committee");
        }
    }
}
