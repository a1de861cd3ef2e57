package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 20, items 2 and 3: the public reporting page outside the login. A citizen in a fresh
 * browser, never signed in, files an anonymous report about Wenjiang: the browser solves the page's
 * proof of work, the report reaches Wenjiang's officers holding the reports permission as a notice
 * (and nothing reaches Pidu), and the receipt code shows the state and the outcome and nothing
 * else. A report about a candidate under publicity holds the case at its publicity until an officer
 * records that it does not affect the appointment. A script from one address gets its daily five
 * and is then refused with the limit named; an unsolved challenge and a resent form get nothing new.
 */
@ExtendWith(FullStack.class)
class PublicReportIT {

    private static final String MENU = "个人有关事项";

    @Test
    void anAnonymousReportFromAFreshBrowserReachesWenjiangsOfficerAndNotPidusAndItsReceiptShowsOnlyTheOutcome()
            throws Exception {
        String marker = "网上举报测试 " + UUID.randomUUID().toString().substring(0, 8);
        Plugins.setEnabled("wenjiang-admin", "supervision", MENU, true);
        try {
            grantReportsToOfficers(true);
            String code;
            try (Browser citizen = Browser.open()) {
                citizen.driver.get(FullStack.portalUrl() + "report/");
                citizen.wait
                        .until(ExpectedConditions.elementToBeClickable(By.id("county-" + Units.WENJIANG)))
                        .click();
                assertThat(citizen.present("county-" + Units.PIDU)).isFalse();
                fill(citizen, "SEEKING_OFFICE", marker);
                code = submit(citizen);
                assertThat(citizen.driver.getPageSource()).doesNotContain(marker);
            }
            assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
            assertThat(Supervision.reportsSeenBy(Units.WENJIANG, marker)).isOne();
            assertThat(Supervision.reportsSeenBy(Units.PIDU, marker)).isZero();

            try (Browser officer = Browser.as("wenjiang-officer", "notices")) {
                officer.wait.until(
                        d -> d.findElement(By.id("notices-grid")).getText().contains("公开举报渠道收到一件网上举报"));
            }
            try (Browser pidu = Browser.as("pidu-officer", "notices")) {
                pidu.wait.until(d -> !d.findElements(By.id("notices-grid")).isEmpty()
                        || !d.findElements(By.id("notices-empty")).isEmpty());
                assertThat(pidu.driver.getPageSource()).doesNotContain("公开举报渠道");
            }

            try (Browser citizen = Browser.open()) {
                citizen.driver.get(FullStack.portalUrl() + "report/status");
                citizen.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-code")))
                        .sendKeys(code.toLowerCase().replace("-", ""));
                citizen.driver.findElement(By.id("report-status-open")).click();
                citizen.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-status")));
                // The page speaks the browser's language (headless Chromium asks for English).
                assertThat(citizen.driver.findElement(By.id("report-state")).getText())
                        .isIn("已收到，等待登记", "Received, waiting to be registered");
                assertThat(citizen.driver.findElement(By.id("report-outcome")).getText())
                        .isIn("尚无结果", "No outcome yet");
                WebElement shown = citizen.driver.findElement(By.tagName("main"));
                assertThat(shown.findElements(By.tagName("dt"))).hasSize(2);
                assertThat(shown.findElements(By.tagName("dd"))).hasSize(2);
                assertThat(shown.getText())
                        .doesNotContain(marker, "温江", "Wenjiang", "跑官要官", "Seeking office", Units.WENJIANG);
            }
        } finally {
            grantReportsToOfficers(false);
            Plugins.setEnabled("wenjiang-admin", "supervision", MENU, false);
        }
    }

    @Test
    void aReportAboutACandidateUnderPublicityHoldsTheCaseUntilItIsFoundNotToAffectTheAppointment() throws Exception {
        Cases.Cadre candidate = Cases.activeHolder(Units.WENJIANG, 31);
        UUID caseId = caseInPublicity(candidate);
        Plugins.setEnabled("wenjiang-admin", "supervision", MENU, true);
        try {
            try (Browser citizen = Browser.open()) {
                citizen.driver.get(FullStack.portalUrl() + "report/new?county=" + Units.WENJIANG);
                WebElement list =
                        citizen.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-candidate")));
                WebElement option = list.findElements(By.tagName("option")).stream()
                        .filter(o -> o.getText().startsWith(candidate.name()))
                        .findFirst()
                        .orElseThrow();
                // Name, current and proposed post: what the publicity published, nothing more.
                assertThat(option.getText()).containsAnyOf("现任", "now:").containsAnyOf("拟任", "proposed:");
                new Select(list).selectByValue(caseId.toString());
                fill(citizen, "PROMOTED_WITH_PROBLEMS", "拟任人选有问题 " + caseId);
                submit(citizen);
            }
            assertThat(Cases.text(
                            Units.WENJIANG,
                            "select count(*) from selection_objection where case_id = ? and affects is null",
                            caseId))
                    .isEqualTo("1");

            // The publicity ends; the open objection still holds the case.
            Cases.update(
                    Units.WENJIANG, "update selection_case set publicity_to = current_date - 1 where id = ?", caseId);
            try (Browser officer = Browser.as("wenjiang-officer", "selection/" + caseId)) {
                officer.click("case-advance");
                officer.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                        .anyMatch(n -> n.getText().contains("尚有反映未核查完毕")));
                assertThat(Cases.text(Units.WENJIANG, "select step from selection_case where id = ?", caseId))
                        .isEqualTo("PUBLICITY");

                officer.go("selection/" + caseId);
                officer.wait
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#objection-0-resolution input")))
                        .sendKeys("经核查，反映问题不影响任用");
                officer.click("objection-0-resolve");
                officer.wait.until(d -> {
                    try {
                        return "false"
                                .equals(Cases.text(
                                        Units.WENJIANG,
                                        "select affects::text from selection_objection where case_id = ?",
                                        caseId));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        } finally {
            Plugins.setEnabled("wenjiang-admin", "supervision", MENU, false);
        }
    }

    @Test
    void aScriptFromOneAddressGetsItsDailyFiveAndIsThenRefusedWithTheLimitNamed() throws Exception {
        Plugins.setEnabled("wenjiang-admin", "supervision", MENU, true);
        try {
            PublicForm script = new PublicForm("127.0.0.3");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("county", Units.WENJIANG);
            fields.put("category", "PROCEDURE");
            fields.put("text", "脚本提交 " + UUID.randomUUID());

            // Unsolved: refused before anything is read.
            PublicForm.Form unsolved = script.open(Units.WENJIANG);
            String wrong = "0";
            while (PublicForm.zeros(java.security.MessageDigest.getInstance("SHA-256")
                            .digest((unsolved.challenge() + ":" + wrong).getBytes()))
                    >= unsolved.bits()) {
                wrong += "1";
            }
            HttpResponse<String> refused = script.send(unsolved, wrong, fields);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("安全校验未通过");

            List<Integer> statuses = new ArrayList<>();
            String firstReceipt = null;
            PublicForm.Form first = null;
            HttpResponse<String> last = null;
            for (int i = 0; i < 6; i++) {
                PublicForm.Form form = script.open(Units.WENJIANG);
                last = script.send(form, PublicForm.solve(form.challenge(), form.bits()), fields);
                statuses.add(last.statusCode());
                if (first == null) {
                    first = form;
                    firstReceipt = PublicForm.receipt(last.body());
                }
            }
            assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
            assertThat(last.headers().firstValue("Retry-After")).isPresent();
            assertThat(last.body()).contains("已达 5 件的上限", "本次提交未被受理");

            // The first form sent again (a double click, a reload): the same receipt, nothing new kept.
            HttpResponse<String> again = script.send(first, PublicForm.solve(first.challenge(), first.bits()), fields);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(PublicForm.receipt(again.body())).isEqualTo(firstReceipt);
            assertThat(again.body()).contains("没有重复登记");
        } finally {
            Plugins.setEnabled("wenjiang-admin", "supervision", MENU, false);
        }
    }

    /** Chooses a category (by its code) and writes the report, anonymously. */
    private static void fill(Browser citizen, String category, String text) {
        WebElement select = citizen.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-category")));
        new Select(select).selectByValue(category);
        citizen.driver.findElement(By.id("report-text")).sendKeys(text);
    }

    /** Sends the form (the page's script solves the challenge first) and reads the receipt code. */
    private static String submit(Browser citizen) {
        citizen.driver.findElement(By.id("report-submit")).click();
        String code = new WebDriverWait(citizen.driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("report-receipt")))
                .getText();
        assertThat(citizen.driver.getCurrentUrl()).startsWith(FullStack.portalUrl() + "report/submit");
        return code;
    }

    /** Grants (or takes back) supervision.reports to Wenjiang's officer role on the module page. */
    private static void grantReportsToOfficers(boolean granted) throws Exception {
        try (Browser admin = Browser.as("wenjiang-admin", "admin/plugins")) {
            WebElement group = admin.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("grant-roles-supervision-reports")));
            WebElement officer = group.findElements(By.tagName("vaadin-checkbox")).stream()
                    .filter(c -> c.getText().contains("组工干部"))
                    .findFirst()
                    .orElseThrow();
            if ((officer.getAttribute("checked") != null) != granted) {
                officer.click();
            }
            admin.click("grant-save-supervision-reports");
            try {
                admin.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                        .anyMatch(n -> n.getText().contains("supervision.reports")));
            } catch (TimeoutException unchanged) {
                // saving an unchanged grant may say nothing
            }
        }
    }

    /**
     * A Wenjiang appointment case in its pre-appointment publicity (decided, publicity from
     * yesterday for a week) with the cadre chosen, for one of the county's posts.
     */
    private static UUID caseInPublicity(Cases.Cadre chosen) throws Exception {
        UUID caseId = UUID.randomUUID();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            try (PreparedStatement insert = db.prepareStatement("insert into selection_case (tenant_id, id, case_no,"
                    + " kind, title, step, step_since, status, opened_at, opened_by, decided_on, chosen_cadre_id,"
                    + " position_id, unit_id, publicity_from, publicity_to)"
                    + " select ?, ?, ?, 'APPOINT', ?, 'PUBLICITY', now(), 'OPEN', now(), 'wenjiang-officer',"
                    + " current_date - 3, ?, p.id, p.unit_id, current_date - 1, current_date + 7"
                    + " from unit_position p where p.tenant_id = ? order by p.id limit 1")) {
                insert.setString(1, Units.WENJIANG);
                insert.setObject(2, caseId);
                insert.setString(3, "G" + caseId.toString().substring(0, 8));
                insert.setString(4, "公示测试 " + caseId.toString().substring(0, 8));
                insert.setObject(5, chosen.id());
                insert.setString(6, Units.WENJIANG);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("insert into selection_candidate (tenant_id, id,"
                    + " case_id, cadre_id, intended, inspected) values (?, ?, ?, ?, true, true)")) {
                insert.setString(1, Units.WENJIANG);
                insert.setObject(2, UUID.randomUUID());
                insert.setObject(3, caseId);
                insert.setObject(4, chosen.id());
                insert.executeUpdate();
            }
            db.commit();
        }
        return caseId;
    }
}
