package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The cadre registry: the seeded list, pinyin search, the file with its tabs and its PDF print, the
 * audit of sensitive reads, and the county wall on ids.
 */
@ExtendWith(FullStack.class)
class CadreRegistryIT {

    @Test
    void theOfficerFindsACadreByPinyinInitialsAndOpensTheFile() throws Exception {
        Cadres.Sample cadre = Cadres.any(Units.WENJIANG, 7);
        try (Browser browser = Browser.as("wenjiang-officer", "cadres")) {
            browser.wait.until(d ->
                    browser.driver.findElement(By.id("cadre-count")).getText().matches("\u5171 \\d+ \u4eba"));
            assertThat(browser.gridTexts()).noneMatch(text -> text.contains("\u90eb\u90fd"));

            browser.driver.findElement(By.cssSelector("#cadre-search input")).sendKeys(cadre.initials());
            browser.waitForGridText(cadre.name());

            browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(cell -> cell.getText().equals(cadre.name()))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), cadre.name()));
            assertThat(browser.driver.findElement(By.id("cadre-facts")).getText())
                    .contains("\u5e74\u9f84");
            browser.driver.findElements(By.tagName("vaadin-tab")).stream()
                    .filter(tab -> tab.getText().equals("\u5bb6\u5ead\u6210\u5458\u53ca\u793e\u4f1a\u5173\u7cfb"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.waitForGridText(cadre.relative());

            String href = browser.driver.findElement(By.id("cadre-print")).getAttribute("href");
            Object pdf = ((JavascriptExecutor) browser.driver)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                                    + " + r.headers.get('content-type') + ' ' + new TextDecoder().decode(b.slice(0, 5)))))",
                            href);
            assertThat(pdf).isEqualTo("200 application/pdf %PDF-");
        }
        assertThat(Cadres.auditActions(Units.WENJIANG, cadre.id(), "wenjiang-officer"))
                .contains("cadre.file.open", "cadre.print");
    }

    @Test
    void theWenjiangOfficerCannotOpenAPiduCadreByItsId() throws Exception {
        Cadres.Sample pidu = Cadres.any(Units.PIDU, 3);
        try (Browser browser = Browser.as("wenjiang-officer", "cadres/" + pidu.id())) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cadre-not-found")));

            assertThat(browser.driver.getPageSource())
                    .doesNotContain(pidu.name())
                    .doesNotContain(pidu.relative());
        }
    }

    @Test
    void theSupervisorReadsBothCountiesWithoutTheSensitiveFamily() throws Exception {
        Cadres.Sample pidu = Cadres.any(Units.PIDU, 5);
        try (Browser browser = Browser.as("sichuan-supervisor", "cadres/" + pidu.id())) {
            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), pidu.name()));

            assertThat(browser.present("cadre-save")).isFalse();
            assertThat(browser.driver.getPageSource()).doesNotContain(pidu.relative());
        }
        assertThat(Cadres.auditActions(Units.PIDU, pidu.id(), "sichuan-supervisor"))
                .as("a supervisor's drill-down is recorded in the county's trail")
                .contains("cadre.file.open");
    }
}
