package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** (e) The provincial supervisor reads both counties, with the county shown, and can change neither. */
@ExtendWith(FullStack.class)
class SupervisorIT {

    @Test
    void theSupervisorSeesBothCountiesReadOnly() throws Exception {
        try (Browser browser = Browser.as("sichuan-supervisor", "units")) {
            browser.waitForGridText(Units.WENJIANG_COMMITTEE);
            browser.waitForGridText(Units.PIDU_COMMITTEE);

            assertThat(browser.gridTexts()).contains("所属县（区）", "温江区委组织部", "郫都区委组织部");
            assertThat(browser.present("unit-create")).isFalse();
        }
    }

    @Test
    void theSupervisorOpensAUnitWithoutAnyWayToSaveIt() throws Exception {
        try (Browser browser = Browser.as("sichuan-supervisor", "units/" + Units.idOf(Units.PIDU, Units.PIDU_HEALTH))) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-dialog")));

            assertThat(browser.present("unit-save")).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector("#unit-name")).getAttribute("readonly"))
                    .isNotNull();
        }
    }

    @Test
    void theSupervisorNarrowsTheViewToOneCounty() throws Exception {
        try (Browser browser = Browser.as("sichuan-supervisor", "units")) {
            browser.choose("tenant-switcher", "vaadin-select-item", "郫都区委组织部");
            browser.wait.until(d -> browser.gridTexts().contains(Units.PIDU_COMMITTEE)
                    && !browser.gridTexts().contains(Units.WENJIANG_COMMITTEE));

            assertThat(browser.gridTexts()).noneMatch(text -> text.contains("温江"));
        }
    }
}
