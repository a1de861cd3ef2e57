package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Editing a cadre file's parts through the browser: a post held (the current post and the resume
 * follow), a relative (a bad birth month refused with its reason), an assessment, a dated status
 * change and the photo, each in the audit trail; a supervisor sees the same file without edit
 * controls. Every test creates its own cadre first.
 */
@ExtendWith(FullStack.class)
class CadreEditingIT {

    private static final String OFFICER = "wenjiang-officer";

    @Test
    void theOfficerAddsAPostARelativeAndAnAssessment() throws Exception {
        UUID cadre;
        try (Browser browser = Browser.as(OFFICER, "cadres/new")) {
            cadre = newCadre(browser);

            tab(browser, "任职经历");
            browser.click("holding-add");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("holding-dialog")));
            WebElement unit = browser.driver.findElement(By.cssSelector("#holding-unit-id input"));
            unit.sendKeys(Units.WENJIANG_COMMITTEE);
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .anyMatch(i -> i.getText().equals(Units.WENJIANG_COMMITTEE)));
            browser.driver.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .filter(i -> i.getText().equals(Units.WENJIANG_COMMITTEE))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.type("holding-title", "组织部副部长");
            browser.date("holding-start-date", "2021-06-01");
            browser.type("holding-document-no", "温委〔2021〕12号");
            browser.click("holding-save");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("cadre-current-post"), Units.WENJIANG_COMMITTEE + "组织部副部长"));
            browser.waitForGridText("温委〔2021〕12号");
            tab(browser, "简历");
            browser.wait.until(
                    d -> String.valueOf(d.findElement(By.id("cadre-resume")).getDomProperty("value"))
                            .startsWith("2021.06--"));

            tab(browser, "家庭成员及社会关系");
            browser.click("family-add");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("family-dialog")));
            browser.type("family-relation", "妻子");
            browser.choose("family-kinship-class", "vaadin-select-item", "配偶");
            browser.type("family-name", "王某某");
            browser.type("family-birth", "198513");
            browser.click("family-save");
            browser.wait.until(d -> "出生年月“198513”应为 YYYYMM 或 YYYYMMDD 格式，且月份、日期有效，如 198507。"
                    .equals(property(browser, "family-birth", "errorMessage")));
            WebElement birth = browser.driver.findElement(By.cssSelector("#family-birth input"));
            birth.sendKeys(Keys.chord(Keys.CONTROL, "a"), "198507");
            browser.click("family-save");
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("family-dialog")));
            browser.waitForGridText("王某某");

            tab(browser, "年度考核");
            browser.click("assessment-add");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("assessment-dialog")));
            browser.choose("assessment-grade", "vaadin-select-item", "称职");
            browser.click("assessment-save");
            browser.waitForGridText("称职");
        }
        List<String> actions = Cadres.auditActions(Units.WENJIANG, cadre, OFFICER);
        assertThat(actions).contains("cadre.create", "cadre.holding.add", "cadre.family.add", "cadre.assessment.add");
        assertThat(actions).as("the refused relative was not written").containsOnlyOnce("cadre.family.add");
    }

    @Test
    void theOfficerRetiresACadreAndUploadsThePhotoWhichTheSupervisorOnlySees() throws Exception {
        UUID cadre;
        try (Browser browser = Browser.as(OFFICER, "cadres/new")) {
            cadre = newCadre(browser);

            tab(browser, "状态变更");
            browser.click("status-change");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-dialog")));
            browser.choose("status-new", "vaadin-select-item", "退休");
            browser.date("status-date", "2024-12-31");
            browser.type("status-note", "到龄退休");
            browser.click("status-save");
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-dialog")));
            browser.waitForGridText("2024-12-31");
            assertThat(browser.gridTexts()).contains("退休", "到龄退休");
            assertThat(browser.driver.findElement(By.id("status-current")).getText())
                    .contains("退休");

            browser.click("status-change");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-new")));
            browser.driver.findElement(By.id("status-new")).click();
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                    .anyMatch(i -> i.getText().equals("去世")));
            // the header's language select shows its chosen item too: look at status texts only
            assertThat(browser.driver.findElements(By.tagName("vaadin-select-item")).stream()
                            .map(WebElement::getText))
                    .as("a retired cadre can only be recorded as deceased")
                    .contains("去世")
                    .doesNotContain("在职", "调出", "辞职", "辞退");
            browser.go("cadres/" + cadre);

            Path photo = Files.createTempFile("zugong-photo", ".png");
            ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
            browser.upload("photo-upload", photo);
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-photo")));
            String src = browser.driver.findElement(By.id("cadre-photo")).getAttribute("src");
            Object served = ((JavascriptExecutor) browser.driver)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))",
                            src);
            assertThat(served).isEqualTo("200 image/png");
        }
        assertThat(Cadres.auditActions(Units.WENJIANG, cadre, OFFICER))
                .contains("cadre.create", "cadre.status.change", "cadre.photo.set");

        try (Browser supervisor = Browser.as("sichuan-supervisor", "cadres/" + cadre)) {
            supervisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-name")));
            supervisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-photo")));
            for (String control : List.of(
                    "cadre-save",
                    "photo-upload",
                    "photo-remove",
                    "holding-add",
                    "family-add",
                    "assessment-add",
                    "reward-add",
                    "status-change",
                    "resume-save",
                    "resume-regenerate")) {
                assertThat(supervisor.driver.findElements(By.id(control)))
                        .as(control)
                        .isEmpty();
            }
            tab(supervisor, "状态变更");
            supervisor.waitForGridText("2024-12-31");
        }
    }

    /** Creates a cadre through the form and returns its id, with the new file open. */
    private static UUID newCadre(Browser browser) {
        String name = "编辑测试" + ThreadLocalRandom.current().nextInt(100_000);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cadre-save")));
        browser.type("cadre-name", name);
        browser.choose("cadre-gender", "vaadin-select-item", "男");
        browser.date("cadre-birthDate", "1970-05-01");
        browser.type("cadre-ethnicity", "汉族");
        browser.choose("cadre-politicalStatus", "vaadin-select-item", "群众");
        browser.choose("cadre-managementAuthority", "vaadin-select-item", "县委管理");
        browser.click("cadre-save");
        browser.wait
                .withMessage(() -> "not saved; invalid fields: "
                        + browser.driver.findElements(By.cssSelector("[invalid]")).stream()
                                .map(e -> e.getAttribute("id") + "=" + e.getText())
                                .toList())
                .until(d -> d.getCurrentUrl().matches(".*/cadres/[0-9a-f-]{36}$"));
        browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), name));
        String url = browser.driver.getCurrentUrl();
        return UUID.fromString(url.substring(url.length() - 36));
    }

    private static void tab(Browser browser, String label) {
        browser.wait.until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(label)));
        browser.driver.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static String property(Browser browser, String id, String name) {
        return String.valueOf(((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const e = document.getElementById(arguments[0]); return e ? e[arguments[1]] : null;",
                        id,
                        name));
    }
}
