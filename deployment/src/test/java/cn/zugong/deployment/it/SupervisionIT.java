package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 20: the supervision plugin enabled by Wenjiang. Reports reach only the roles Wenjiang's
 * tenant-admin granted {@code supervision.reports}: the admin registers and triages one in the
 * browser; Wenjiang's officer (not granted) and Pidu's officer get no page, and a plugin connection
 * bound to Pidu reads none of Wenjiang's rows. A concealment (瞒报) finding recorded on the
 * personal-matters page blocks the candidate's promotion at the decision (讨论决定).
 */
@ExtendWith(FullStack.class)
class SupervisionIT {

    /** The menu entry every holder of supervision.view sees once the module is on. */
    private static final String MENU = "个人有关事项";

    @Test
    void aReportIsRegisteredAndTriagedByTheGrantedRoleAndReachesNoOneElse() throws Exception {
        Cases.Cadre subject = Cases.activeHolder(Units.WENJIANG, 5);
        String summary = "反映拟提拔对象跑官要官 " + UUID.randomUUID().toString().substring(0, 8);
        Plugins.setEnabled("wenjiang-admin", "supervision", MENU, true);
        try {
            try (Browser admin = Browser.as("wenjiang-admin", "admin/plugins")) {
                grantReportsToTenantAdmins(admin);
                admin.go("supervision/reports");
                admin.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-report-new")))
                        .click();
                admin.choose("supervision-report-channel", "vaadin-combo-box-item", "来信");
                admin.choose("supervision-report-category", "vaadin-combo-box-item", "跑官要官");
                pick(admin, "supervision-report-subjects", "vaadin-multi-select-combo-box-item", subject.name());
                admin.driver
                        .findElement(By.cssSelector("#supervision-report-specific input"))
                        .click();
                admin.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#supervision-report-summary textarea")))
                        .sendKeys(summary);
                admin.click("supervision-report-register");
                admin.wait.until(d -> d.findElement(By.id("supervision-report-shown-status"))
                        .getText()
                        .contains("已登记"));
                assertThat(admin.driver
                                .findElement(By.id("supervision-report-shown-subjects"))
                                .getText())
                        .contains(subject.name());

                admin.choose("supervision-report-handling", "vaadin-combo-box-item", "举核字");
                admin.click("supervision-report-accept");
                admin.wait.until(d -> d.findElement(By.id("supervision-report-shown-status"))
                        .getText()
                        .contains("已受理"));
                admin.wait.until(d -> admin.gridTexts().contains("已受理"));

                // Handled to the end, its time limits shown on the way (DOMAIN 4.5 [I], working days):
                // closure 60 working days (at least 12 weeks) from the assignment, 30 more extended.
                assertThat(shown(admin, "supervision-report-shown-deadlines")).contains("办结时限：-");
                admin.choose("supervision-report-assignment", "vaadin-combo-box-item", "自办");
                admin.type("supervision-report-assignee", "干部监督科");
                reportStep(admin, "supervision-report-assign", "已交办");
                LocalDate closeBy = closeBy(admin);
                assertThat(closeBy).isAfterOrEqualTo(LocalDate.now().plusWeeks(12));
                reportStep(admin, "supervision-report-investigate", "查核中");
                admin.type("supervision-report-extension-days", "30");
                admin.click("supervision-report-extend");
                admin.wait.ignoring(StaleElementReferenceException.class).until(d -> closeBy(admin)
                        .isAfter(closeBy));
                assertThat(closeBy(admin)).isAfterOrEqualTo(closeBy.plusWeeks(6));
                admin.choose("supervision-report-conclusion", "vaadin-combo-box-item", "不属实");
                admin.driver
                        .findElement(By.cssSelector("#supervision-report-findings textarea"))
                        .sendKeys("经查不属实");
                reportStep(admin, "supervision-report-conclude", "已有结论");
                reportStep(admin, "supervision-report-close", "已办结");
                reportStep(admin, "supervision-report-archive", "已归档");

                // The list as a workbook, for the granted role: read when asked for.
                admin.click("supervision-report-export");
                admin.wait.until(
                        ExpectedConditions.visibilityOfElementLocated(By.id("supervision-report-export-download")));
            }
            assertThat(Supervision.reportsSeenBy(Units.WENJIANG, summary)).isOne();
            assertThat(Supervision.reportsSeenBy(Units.PIDU, summary)).isZero();

            try (Browser officer = Browser.as("wenjiang-officer", "supervision/reports")) {
                officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
                assertThat(officer.present("supervision-report-grid")).isFalse();
                assertThat(officer.navText()).contains(MENU).doesNotContain("信访举报");
                officer.go("supervision/matters");
                officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("supervision-matters")));
                assertThat(officer.present("supervision-nav-reports")).isFalse();
            }
            try (Browser pidu = Browser.as("pidu-officer", "supervision/reports")) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
                assertThat(pidu.driver.getPageSource()).doesNotContain(summary);
                assertThat(pidu.navText()).doesNotContain(MENU);
            }
        } finally {
            Plugins.setEnabled("wenjiang-admin", "supervision", MENU, false);
        }
    }

    @Test
    void aConcealmentFindingBlocksThePromotionAtTheDecision() throws Exception {
        Cases.Cadre candidate = Cases.townshipDeputy(Units.WENJIANG, 6);
        Cases.Post post = Supervision.chiefPost(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        String title = "提任 " + UUID.randomUUID().toString().substring(0, 8);
        Plugins.setEnabled("wenjiang-admin", "supervision", MENU, true);
        try (Browser officer = Browser.as("wenjiang-officer", "supervision/matters")) {
            // The candidate's personal-matters report, from due to the five-rules decision.
            officer.click("supervision-matters-open-year");
            pick(officer, "supervision-matters-cadre", "vaadin-combo-box-item", candidate.name());
            officer.wait
                    .until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                            .anyMatch(c -> c.getText().equals(candidate.name())))
                    .booleanValue();
            officer.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().equals(candidate.name()))
                    .findFirst()
                    .orElseThrow()
                    .click();
            step(officer, "supervision-matters-submit", "已报告");
            step(officer, "supervision-matters-focus", "重点抽查");
            step(officer, "supervision-matters-verify", "核实中");
            officer.choose("supervision-matters-finding", "vaadin-combo-box-item", "有意瞒报");
            step(officer, "supervision-matters-discrepancy", "核实不一致");
            step(officer, "supervision-matters-decide", "已处理");

            // A promotion of the candidate, at the decision.
            officer.go("selection");
            officer.click("case-new");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-kind")));
            officer.type("case-title", title);
            officer.type("case-unit", post.unit());
            officer.choose("case-unit", "vaadin-combo-box-item", post.unit());
            officer.choose("case-position", "vaadin-combo-box-item", post.title());
            pick(officer, "case-intended", "vaadin-multi-select-combo-box-item", candidate.name());
            officer.click("case-save");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
            UUID caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();
            // Already at initiation the gate names the finding.
            officer.wait.until(
                    d -> d.findElement(By.id("gates-INITIATION")).getText().contains("有意瞒报"));

            // The steps before the inspection as they would leave the case; the officer records the
            // five checks and takes the case to the decision in the browser.
            Supervision.atInspection(Units.WENJIANG, caseId);
            officer.go("selection/" + caseId);
            String yesterday = LocalDate.now().minusDays(1).toString();
            for (String check : new String[] {"file", "matters", "discipline", "petitions", "integrity"}) {
                officer.date("checks-0-" + check, yesterday);
            }
            officer.click("checks-0-save");
            officer.wait
                    .ignoring(StaleElementReferenceException.class)
                    .until(d ->
                            d.findElement(By.id("checks-0-status")).getText().contains("均已完成"));
            officer.click("case-advance");
            officer.wait
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "notifications: "
                            + officer.driver.findElements(By.tagName("vaadin-notification-card")).stream()
                                    .map(WebElement::getText)
                                    .toList())
                    .until(d -> d.findElement(By.id("case-step")).getText().contains("讨论决定"));
            // The decision's gates ran on the move: find the grid afresh on each look.
            officer.wait
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("gates-DECISION")).getText().contains("有意瞒报"));
            assertThat(officer.driver.findElement(By.id("gates-DECISION")).getText())
                    .contains("个人有关事项瞒报", candidate.name(), "不得提拔任用", "阻止");

            // The committee's decision, as SelectionIT records one, is refused while the block stands.
            officer.choose("meeting-body", "vaadin-select-item", "常委会");
            officer.date("meeting-held-on", LocalDate.now().toString());
            officer.type("meeting-total", "9");
            officer.type("meeting-present", "7");
            officer.choose("meeting-method", "vaadin-select-item", "举手表决");
            for (int i = 1; i <= 5; i++) {
                officer.type("vote-member", "委员" + i);
                officer.click("vote-add-member");
                final int rows = i;
                officer.wait.until(d ->
                        d.findElements(By.cssSelector("[id^='vote-remove-']")).size() == rows);
            }
            officer.click("vote-all-agree");
            officer.click("meeting-save");
            officer.wait
                    .withMessage(() -> "notifications: "
                            + officer.driver.findElements(By.tagName("vaadin-notification-card")).stream()
                                    .map(WebElement::getText)
                                    .toList())
                    .until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                            .anyMatch(n -> n.getText().contains("不能继续")));
            assertThat(Cases.text(Units.WENJIANG, "select step from selection_case where id = ?", caseId))
                    .isEqualTo("DECISION");
            assertThat(Cases.text(Units.WENJIANG, "select decided_on from selection_case where id = ?", caseId))
                    .isNull();
        } finally {
            Plugins.setEnabled("wenjiang-admin", "supervision", MENU, false);
        }
    }

    /** Clicks a move of the report panel and waits for the report's new status. */
    private static void reportStep(Browser browser, String button, String status) {
        browser.click(button);
        browser.wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                        By.id("supervision-report-shown-status"))
                .getText()
                .contains(status));
    }

    private static String shown(Browser browser, String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    /** The closure's limit the report panel shows. */
    private static LocalDate closeBy(Browser browser) {
        Matcher dates =
                Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(shown(browser, "supervision-report-shown-deadlines"));
        LocalDate last = null;
        while (dates.find()) {
            last = LocalDate.parse(dates.group());
        }
        return Objects.requireNonNull(last, "no closure limit shown");
    }

    /** Grants supervision.reports to the county's tenant-admins on the module administration page. */
    private static void grantReportsToTenantAdmins(Browser admin) {
        WebElement group = admin.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.id("grant-roles-supervision-reports")));
        WebElement tenantAdmin = group.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(c -> c.getText().contains("单位管理员"))
                .findFirst()
                .orElseThrow();
        if (tenantAdmin.getAttribute("checked") == null) {
            tenantAdmin.click();
        }
        admin.click("grant-save-supervision-reports");
        admin.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(n -> n.getText().contains("supervision.reports")));
    }

    /** Clicks a move of the personal-matters panel and waits for the report's new status. */
    private static void step(Browser browser, String button, String status) {
        browser.click(button);
        browser.wait.until(
                d -> d.findElement(By.id("supervision-matters-shown")).getText().contains(status));
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
