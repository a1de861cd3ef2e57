package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The post quota overview: one county's units with the demo's over-staffed ones flagged, the filter, and the supervisor. */
@ExtendWith(FullStack.class)
class QuotaIT {

    private static final String OVER_QUOTA = "超配";

    @Test
    void theWenjiangOfficerSeesWenjiangQuotasWithTheOverStaffedUnitsFlagged() throws Exception {
        List<String> overStaffed = Quotas.overStaffedUnits(Units.WENJIANG);
        assertThat(overStaffed).as("the demo over-staffs every seventh unit").isNotEmpty();
        try (Browser browser = Browser.as("wenjiang-officer", "quota")) {
            browser.waitForGridText(Units.WENJIANG_COMMITTEE);

            assertThat(browser.gridTexts()).noneMatch(text -> text.contains("郫都"));
            assertThat(browser.driver.findElement(By.id("quota-totals")).getText())
                    .contains(overStaffed.size() + " 个超配");
            assertThat(browser.gridTexts()).contains(OVER_QUOTA);
        }
    }

    @Test
    void overStaffedOnlyListsExactlyTheOverStaffedUnits() throws Exception {
        List<String> overStaffed = Quotas.overStaffedUnits(Units.WENJIANG);
        List<String> countyUnits = Quotas.unitNames(Units.WENJIANG);
        try (Browser browser = Browser.as("wenjiang-officer", "quota")) {
            browser.waitForGridText(Units.WENJIANG_COMMITTEE);
            browser.driver.findElement(By.id("quota-over-staffed")).click();
            browser.wait.until(d -> !browser.gridTexts().contains(Units.WENJIANG_COMMITTEE)
                    || overStaffed.contains(Units.WENJIANG_COMMITTEE));
            browser.wait.until(d -> unitNames(browser, countyUnits).containsAll(overStaffed));

            assertThat(unitNames(browser, countyUnits)).containsExactlyInAnyOrderElementsOf(overStaffed);
            assertThat(browser.driver.findElement(By.id("quota-totals")).getText())
                    .startsWith("合计（" + overStaffed.size() + " 个单位");
        }
    }

    @Test
    void theUnitsViewFlagsAnOverStaffedUnitInItsDialog() throws Exception {
        String unit = Quotas.overStaffedUnits(Units.WENJIANG).getFirst();
        try (Browser browser = Browser.as("wenjiang-officer", "units/" + Units.idOf(Units.WENJIANG, unit))) {
            browser.wait.until(d -> browser.present("unit-quota")
                    && d.findElement(By.id("unit-quota")).getText().contains(OVER_QUOTA));

            assertThat(browser.driver.findElement(By.id("unit-quota")).getText())
                    .contains("副职");
            assertThat(browser.present("position-create")).isTrue();
        }
    }

    @Test
    void theSupervisorSeesBothCountiesReadOnly() throws Exception {
        try (Browser browser = Browser.as("sichuan-supervisor", "quota")) {
            browser.waitForGridText(Units.WENJIANG_COMMITTEE);
            browser.waitForGridText(Units.PIDU_COMMITTEE);

            assertThat(browser.gridTexts()).contains("所属县（区）", "温江区委组织部", "郫都区委组织部");
            assertThat(browser.navText()).contains("职数概览");
        }
        try (Browser browser = Browser.as("sichuan-supervisor", "units/" + Units.idOf(Units.PIDU, Units.PIDU_HEALTH))) {
            browser.wait.until(d -> browser.present("unit-quota"));

            assertThat(browser.present("position-create")).isFalse();
            assertThat(browser.present("unit-save")).isFalse();
        }
    }

    /** The grid cells that name one of the county's units. */
    private static List<String> unitNames(Browser browser, List<String> countyUnits) {
        return browser.driver.findElements(By.cssSelector("#quota-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .filter(countyUnits::contains)
                .toList();
    }
}
