package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6: the training-credits plugin, installed with the platform, enabled by Wenjiang's
 * tenant-admin only: Wenjiang's officer gets its pages, with Wenjiang's cadres measured against the
 * training rules, and its indicator on the dashboard; Pidu's officer gets neither.
 */
@ExtendWith(FullStack.class)
class TrainingIT {

    private static final String MENU = "培训班次";

    @Test
    void enabledInWenjiangOnlyTheTrainingPagesAndIndicatorServeWenjiangAndNotPidu() throws Exception {
        Plugins.setEnabled("wenjiang-admin", "training", MENU, true);
        try {
            try (Browser wenjiang = Browser.as("wenjiang-officer", "training/shortfall")) {
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-shortfall")));
                assertThat(wenjiang.navText()).contains(MENU);
                // The demo cadres have no training records yet: those the rules apply to are short.
                wenjiang.wait.until(d -> !wenjiang.driver
                        .findElements(By.cssSelector("#training-shortfall-year vaadin-grid-cell-content"))
                        .isEmpty());

                wenjiang.go("training");
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-courses")));
                assertThat(wenjiang.present("training-course-new")).isTrue();

                wenjiang.go("dashboard");
                wenjiang.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("indicator-training-completion")));
            }
            try (Browser pidu = Browser.as("pidu-officer", "training")) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
                assertThat(pidu.present("training-courses")).isFalse();
                assertThat(pidu.navText()).doesNotContain(MENU);
                pidu.go("dashboard");
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard-indicators")));
                assertThat(pidu.present("indicator-training-completion")).isFalse();
            }
        } finally {
            Plugins.setEnabled("wenjiang-admin", "training", MENU, false);
        }
    }

    @Test
    void theProvincePublishesACourseThatWenjiangAddsToItsCatalogue() throws Exception {
        // Item 1: courses a province publishes to its counties. The province's own department
        // (510000) keeps a catalogue and publishes; Wenjiang (510115), below it, adds the course.
        String course = "省委党校县处级干部进修班" + System.nanoTime() % 100_000;
        Plugins.setEnabled("sichuan-admin", "training", MENU, true);
        Plugins.setEnabled("wenjiang-admin", "training", MENU, true);
        try {
            try (Browser province = Browser.as("sichuan-officer", "training")) {
                province.click("training-course-new");
                province.type("training-course-name", course);
                province.choose("training-course-organizer-kind", "vaadin-select-item", "党校（行政学院）");
                province.type("training-course-organizer", "中共四川省委党校");
                province.choose("training-course-mode", "vaadin-select-item", "脱产培训");
                province.choose("training-course-category", "vaadin-select-item", "任职培训");
                province.date("training-course-start", "2026-03-02");
                province.date("training-course-end", "2026-03-13");
                province.type("training-course-days", "10");
                province.type("training-course-hours", "80");
                province.click("training-course-save");
                province.waitForGridText(course);
                province.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().equals(course))
                        .findFirst()
                        .orElseThrow()
                        .click();
                province.click("training-course-publish");
                province.wait.until(
                        d -> d.findElement(By.id("training-course-withdraw")).isEnabled());
                province.waitForGridText("已下发");
            }
            try (Browser wenjiang = Browser.as("wenjiang-officer", "training")) {
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-offered-grid")));
                wenjiang.waitForGridText(course);
                assertThat(wenjiang.gridTexts()).contains("中共四川省委党校", "省级下发班次");
                wenjiang.driver.findElements(By.cssSelector("[id^='training-adopt-']")).stream()
                        .findFirst()
                        .orElseThrow()
                        .click();
                wenjiang.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("[id^='training-offered-adopted-']")));
                // The course is now in Wenjiang's catalogue, where its cadres are enrolled.
                wenjiang.wait.until(d ->
                        wenjiang.gridTexts().stream().filter(course::equals).count() == 2);
            }
            try (Browser province = Browser.as("sichuan-officer", "training")) {
                province.waitForGridText(course);
                assertThat(province.present("training-offered"))
                        .as("nothing is published above a province")
                        .isFalse();
            }
        } finally {
            Plugins.setEnabled("wenjiang-admin", "training", MENU, false);
            Plugins.setEnabled("sichuan-admin", "training", MENU, false);
        }
    }

    @Test
    void wenjiangsAdminSetsTheProgressRuleAndItsOfficerIsRemindedOfCadresFallingBehind() throws Exception {
        // Items 3 and 8: a county's override of the rule pack, checked by the plugin, and reminders
        // (platform notices) of cadres falling behind, which follow the county's values at once.
        String key = "pace.year.checkpoints";
        Plugins.setEnabled("wenjiang-admin", "training", MENU, true);
        // Issue 17 item 9: Wenjiang's and Pidu's officers choose to receive their notices by e-mail.
        chooseMail("wenjiang-officer");
        chooseMail("pidu-officer");
        try {
            try (Browser admin = Browser.as("wenjiang-admin", "admin/rules")) {
                admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rules-grid")));
                assertThat(admin.driver.findElement(By.id("rules-grid")).getText())
                        .contains("年度进度检查点");
                WebElement field = admin.driver.findElement(By.id("rules-override-" + key));
                WebElement input = field.findElement(By.tagName("input"));
                input.sendKeys("七月过半");
                admin.driver.findElement(By.id("rules-save-" + key)).click();
                // Refused by the plugin, in its words, on the field; nothing saved.
                admin.wait.until(d -> "true".equals(field.getDomProperty("invalid")));
                assertThat(field.getDomProperty("errorMessage")).contains("七月过半", "无效");

                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01-01:0.5");
                admin.driver.findElement(By.id("rules-save-" + key)).click();
                // In force: the grid shows the county's value in its last column.
                admin.wait.until(
                        d -> d.findElement(By.id("rules-grid")).getText().contains("01-01:0.5"));
            }
            // From 1 January half of the year's requirement is now expected; the demo cadres have no
            // training yet. The county's jobs run again within seconds of the change.
            try (Browser officer = Browser.as("wenjiang-officer", "notices")) {
                for (int attempt = 1; !noticed(officer, "进度落后"); attempt++) {
                    assertThat(attempt).as("a notice within a minute").isLessThan(12);
                    officer.go("notices");
                }
                assertThat(officer.present("notices-count")).isTrue();
                officer.driver
                        .findElements(By.cssSelector("[id^='notice-open-']"))
                        .getFirst()
                        .click();
                // The notice leads to the list of those behind, each linking to the cadre's record.
                officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-shortfall-behind")));
                officer.wait.until(d -> !d.findElements(By.cssSelector("[id^='training-shortfall-behind-cadre-']"))
                        .isEmpty());
            }
            try (Browser pidu = Browser.as("pidu-officer", "notices")) {
                // Pidu did not enable the module: none of Wenjiang's notices, none of its own.
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notices-empty")));
                assertThat(pidu.present("notices-count")).isFalse();
            }
            // The reminder also went by e-mail to Wenjiang's officer, in Chinese, and to nobody in Pidu.
            GreenMail smtp = FullStack.mail();
            for (int attempt = 1; mailsTo("wenjiang-officer").isEmpty(); attempt++) {
                assertThat(attempt).as("a mail within a minute").isLessThan(12);
                smtp.waitForIncomingEmail(5000, smtp.getReceivedMessages().length + 1);
            }
            assertThat(mailsTo("wenjiang-officer"))
                    .anySatisfy(
                            m -> assertThat(m.getSubject()).startsWith("【组工】").contains("进度落后"));
            assertThat(mailsTo("pidu-officer")).isEmpty();
        } finally {
            Plugins.setEnabled("wenjiang-admin", "training", MENU, false);
        }
    }

    /** The user switches on "also by e-mail" on the notices page (to their account's address). */
    private static void chooseMail(String username) throws Exception {
        try (Browser user = Browser.as(username, "notices")) {
            user.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notices-mail")));
            WebElement toggle = user.driver.findElement(By.id("notices-mail"));
            assertThat(toggle.getText()).contains(username + "@demo.zugong.invalid");
            toggle.findElement(By.tagName("input")).click();
            user.wait.until(d -> "true".equals(toggle.getDomProperty("checked")));
            user.wait.until(d -> d.findElement(By.tagName("vaadin-notification-card"))
                    .getText()
                    .contains("今后的通知将同时发送到您的邮箱"));
        }
    }

    /** The mails received for the demo user's address. */
    private static List<MimeMessage> mailsTo(String username) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : FullStack.mail().getReceivedMessages()) {
            Address[] to = mail.getRecipients(Message.RecipientType.TO);
            if (to != null && to[0].toString().equals(username + "@demo.zugong.invalid")) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /** Whether the notices page shows a notice containing {@code text} within a few seconds. */
    private static boolean noticed(Browser browser, String text) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> d.findElement(By.id("notices-grid")).getText().contains(text));
            return true;
        } catch (TimeoutException notYet) {
            return false;
        }
    }
}
