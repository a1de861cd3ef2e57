package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 20 item 5, the supervision plugin's economic responsibility audits (DOMAIN 4.6) on the full
 * stack, next to SupervisionIT: a promotion of a chief whose post is audited is warned about at the
 * decision until its pre-appointment audit is recorded and reported on the audits page; Pidu, with
 * the module on, sees none of Wenjiang's audits.
 */
@ExtendWith(FullStack.class)
class SupervisionAuditIT {

    /** The menu entry every holder of supervision.view sees once the module is on. */
    private static final String MENU = "个人有关事项";

    @Test
    void aPromotionOfAnAuditedChiefWarnsAtTheDecisionUntilItsPreAppointmentAuditIsReported() throws Exception {
        Cases.Cadre chief = EconAudits.auditedChief(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        Cases.Post post = EconAudits.countyDeputyPost(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        String title = "提任审计 " + UUID.randomUUID().toString().substring(0, 8);
        String auditor = "温江区审计局" + UUID.randomUUID().toString().substring(0, 4);
        Plugins.setEnabled("wenjiang-admin", "supervision", MENU, true);
        Plugins.setEnabled("pidu-admin", "supervision", MENU, true);
        try (Browser officer = Browser.as("wenjiang-officer", "selection")) {
            officer.click("case-new");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-kind")));
            officer.type("case-title", title);
            officer.type("case-unit", post.unit());
            officer.choose("case-unit", "vaadin-combo-box-item", post.unit());
            officer.choose("case-position", "vaadin-combo-box-item", post.title());
            pick(officer, "case-intended", "vaadin-multi-select-combo-box-item", chief.name());
            officer.click("case-save");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
            UUID caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();

            // At the decision (DOMAIN 4.3: those needing an economic audit are audited beforehand).
            Supervision.atDecision(Units.WENJIANG, caseId);
            officer.go("selection/" + caseId);
            officer.click("gates-recheck");
            officer.wait
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("gates-DECISION")).getText().contains("任前经济责任审计"));
            assertThat(officer.driver.findElement(By.id("gates-DECISION")).getText())
                    .contains("经济责任审计", chief.name(), "提拔前须进行任前经济责任审计，尚未审计");

            // The audit, recorded from the row the case needs and reported.
            officer.go("supervision/audits");
            officer.wait.until(d -> officer.gridTexts().contains(chief.name()));
            officer.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals(chief.name()))
                    .findFirst()
                    .orElseThrow()
                    .click();
            officer.wait.until(d -> !d.findElement(By.cssSelector("#supervision-econ-post input"))
                    .getAttribute("value")
                    .isEmpty());
            officer.type("supervision-econ-auditor", auditor);
            officer.date("supervision-econ-from", LocalDate.now().minusYears(3).toString());
            officer.date("supervision-econ-to", LocalDate.now().minusDays(1).toString());
            officer.click("supervision-econ-record");
            officer.wait.until(d -> officer.gridTexts().contains(auditor));
            officer.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals(auditor))
                    .findFirst()
                    .orElseThrow()
                    .click();
            officer.date("supervision-econ-reported-on", LocalDate.now().toString());
            officer.driver
                    .findElement(By.cssSelector("#supervision-econ-findings textarea"))
                    .sendKeys("专项资金管理不够规范");
            officer.choose("supervision-econ-responsibility", "vaadin-combo-box-item", "领导责任");
            officer.click("supervision-econ-report");
            officer.wait.until(d -> officer.gridTexts().contains("已出具审计报告"));

            officer.go("selection/" + caseId);
            officer.click("gates-recheck");
            officer.wait
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("gates-DECISION")).getText().contains("经济责任审计已安排"));

            // Pidu, with the module on, sees none of it, in the browser or through its connection.
            assertThat(EconAudits.auditsSeenBy(Units.WENJIANG, chief.id())).isOne();
            assertThat(EconAudits.auditsSeenBy(Units.PIDU, chief.id())).isZero();
            try (Browser pidu = Browser.as("pidu-officer", "supervision/audits")) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-econ-grid")));
                pidu.go("supervision/matters");
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-matters-grid")));
                pidu.go("supervision/audits");
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-econ-grid")));
                pidu.settled();
                assertThat(pidu.driver.getPageSource()).doesNotContain(chief.name(), auditor);
            }
        } finally {
            Plugins.setEnabled("pidu-admin", "supervision", MENU, false);
            Plugins.setEnabled("wenjiang-admin", "supervision", MENU, false);
        }
    }

    /** Picks a cadre in a combo box by typing the name, as an officer does. */
    private static void pick(Browser browser, String id, String itemTag, String name) {
        WebElement input =
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " input")));
        input.sendKeys(name);
        browser.wait.until(d -> d.findElements(By.tagName(itemTag)).stream()
                .anyMatch(i -> i.getText().startsWith(name)));
        browser.driver.findElements(By.tagName(itemTag)).stream()
                .filter(i -> i.getText().startsWith(name))
                .findFirst()
                .orElseThrow()
                .click();
        input.sendKeys(Keys.TAB);
    }
}
