package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A retirement case in the browser, with the example plugin enabled for 温江: the plugin's gate
 * blocks the cadre it holds, the block (soft: a plugin's) is acknowledged with a recorded reason,
 * the committee decides with a quorum, the retirement is issued and the cadre is retired in the
 * registry; the plugin receives the event. 郫都 cannot open the case; the supervisor reads it
 * without forms. An appointment that would exceed a unit's approved posts is a hard block: the
 * officer is offered no control and refused in words; the tenant-admin records the 职数 adjustment
 * with its 文号 and the case goes on; the supervisor finds it counted on the overview and opens it
 * from there, an audited read.
 */
@ExtendWith(FullStack.class)
class SelectionIT {

    private static final String OFFICER = "wenjiang-officer";

    @Test
    void aPluginGateBlocksUntilAcknowledgedAndTheAppliedDecisionReachesTheRegistryAndThePlugin() throws Exception {
        Cases.Cadre cadre = Cases.activeHolder(Units.WENJIANG, 3);
        String title = "退休 " + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now().toString();
        Plugins.setExampleEnabled("wenjiang-admin", true);
        try (Browser browser = Browser.as(OFFICER, "example")) {
            browser.type("example-hold-cadre", cadre.id().toString());
            browser.type("example-hold-reason", "待核实信访件");
            browser.click("example-hold-add");
            browser.waitForGridText("待核实信访件");

            browser.go("selection");
            browser.click("case-new");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-kind")));
            browser.choose("case-kind", "vaadin-select-item", "退休");
            browser.type("case-title", title);
            pickCadre(browser, "case-subject", "vaadin-combo-box-item", cadre.name());
            browser.click("case-save");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
            UUID caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();

            // The plugin's gate blocks: the case does not move on.
            browser.wait.until(
                    d -> d.findElement(By.id("gates-INITIATION")).getText().contains("待核实信访件"));
            browser.click("case-advance");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("selection-error")));
            assertThat(browser.driver.findElement(By.id("case-step")).getText()).contains("分析研判和动议");

            // Acknowledged with a reason (the dialog names the check, the candidate and the step), then
            // the hold is released before the decision.
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.className("gate-acknowledge")))
                    .click();
            assertThat(browser.wait
                            .until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledge-what")))
                            .getText())
                    .contains(cadre.name(), "分析研判和动议");
            WebElement justification = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#acknowledge-justification textarea")));
            justification.sendKeys("经核实，信访件反映问题不属实，同意继续办理。");
            browser.click("acknowledge-save");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("gate-acknowledged")));
            browser.go("example");
            browser.waitForGridText("待核实信访件");
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[contains(., '移出')]")))
                    .click();
            browser.wait.until(d -> !browser.gridTexts().contains("待核实信访件"));

            browser.go("selection/" + caseId);
            browser.click("case-advance");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-save")));

            // 讨论决定: 7 of 9 members present, 5 agree (more than half of the 9).
            browser.choose("meeting-body", "vaadin-select-item", "常委会");
            browser.date("meeting-held-on", today);
            browser.type("meeting-total", "9");
            browser.type("meeting-present", "7");
            browser.choose("meeting-method", "vaadin-select-item", "举手表决");
            for (int i = 1; i <= 5; i++) {
                browser.type("vote-member", "委员" + i);
                browser.click("vote-add-member");
                final int rows = i;
                browser.wait.until(d ->
                        d.findElements(By.cssSelector("[id^='vote-remove-']")).size() == rows);
            }
            browser.click("vote-all-agree");
            browser.click("meeting-save");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointment-save")));

            browser.type("appointment-document-no", "温组干〔2026〕88号");
            browser.date("appointment-issued-on", today);
            browser.click("appointment-save");
            browser.wait.until(
                    d -> d.findElement(By.id("case-status")).getText().contains("已完成"));

            assertThat(Cases.text(Units.WENJIANG, "select status from cadre where id = ?", cadre.id()))
                    .isEqualTo("RETIRED");
            assertThat(Cases.text(
                            Units.WENJIANG,
                            "select count(*) from post_holding where cadre_id = ? and end_date is null",
                            cadre.id()))
                    .isEqualTo("0");
            // The whole-process record prints, with the session of the officer.
            String href = browser.driver.findElement(By.id("case-record-pdf")).getAttribute("href");
            Object head = ((JavascriptExecutor) browser.driver)
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b =>"
                                    + " done(String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))",
                            href);
            assertThat(head).isEqualTo("%PDF-");
            assertThat(Cases.journal(Units.WENJIANG, caseId))
                    .contains(
                            "selection.open",
                            "selection.gate.acknowledge",
                            "selection.decision.meeting",
                            "selection.done",
                            "selection.record.print");

            // The plugin observed the retirement after it was committed.
            browser.go("example");
            browser.wait.until(d -> d.findElement(By.id("example-events"))
                    .getText()
                    .contains(cadre.id().toString()));
            assertThat(browser.driver.findElement(By.id("example-events")).getText())
                    .contains("退休");

            try (Browser pidu = Browser.as("pidu-officer", "selection/" + caseId)) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("selection-not-found")));
                pidu.go("selection");
                pidu.driver.findElement(By.id("cases-show-all")).click();
                assertThat(pidu.driver.findElement(By.id("cases-grid")).getText())
                        .doesNotContain(title);
            }
            try (Browser supervisor = Browser.as("sichuan-supervisor", "selection/" + caseId)) {
                supervisor.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
                assertThat(supervisor.driver.findElement(By.id("case-title")).getText())
                        .contains(title);
                assertThat(supervisor.present("case-advance")).isFalse();
                assertThat(supervisor.present("case-withdraw")).isFalse();
            }
        } finally {
            Plugins.setExampleEnabled("wenjiang-admin", false);
        }
    }

    @Test
    void anAppointmentCaseShowsEachCandidatesQualificationsAndThePlatformsGates() throws Exception {
        Cases.Post post = Cases.deputyPost(Units.WENJIANG, 2);
        Cases.Cadre candidate = Cases.activeHolder(Units.WENJIANG, 7);
        String title = "提任 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.as(OFFICER, "selection")) {
            openAppointment(browser, title, post, candidate);

            WebElement eligibility =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("eligibility-INITIATION")));
            browser.wait.until(d -> eligibility.getText().contains(candidate.name()));
            assertThat(eligibility.getText()).contains("文化程度", "培训", "身体条件");
            String gates = browser.driver.findElement(By.id("gates-INITIATION")).getText();
            assertThat(gates).contains("职数", "基本资格", candidate.name());
        }
    }

    @Test
    void anOfficerCannotPassAnOverQuotaBlockTheAdminsRecordedAdjustmentLetsTheCaseGoOnAndTheInspectorSeesIt()
            throws Exception {
        Cases.Post post = Cases.fullDeputyPost(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        Cases.Cadre candidate = Cases.townshipDeputy(Units.WENJIANG, 3);
        String title = "调任 " + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now().toString();
        UUID caseId;
        try (Browser browser = Browser.as(OFFICER, "selection")) {
            openAppointment(browser, title, post, candidate);
            caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();

            // 1 of 1 deputy post held: the appointment would make 2. A hard rule: no control offered.
            WebElement gates =
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gates-INITIATION")));
            browser.wait.until(d -> gates.getText().contains("超过核定职数"));
            assertThat(gates.getText()).contains("硬性规定", "职数调整", candidate.name());
            assertThat(gates.findElements(By.className("gate-hard"))).isNotEmpty();
            assertThat(gates.findElements(By.className("gate-acknowledge"))).isEmpty();
            assertThat(browser.present("exceptions-hint")).isTrue();
            assertThat(browser.present("exception-save")).isFalse();

            // Advancing is refused in words naming the check, the candidate and the way out.
            browser.click("case-advance");
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(card -> card.getText().contains("不符合硬性规定")));
            String refusal = browser.driver.findElements(By.tagName("vaadin-notification-card")).stream()
                    .map(WebElement::getText)
                    .filter(text -> text.contains("不符合硬性规定"))
                    .findFirst()
                    .orElseThrow();
            assertThat(refusal).contains("职数", candidate.name(), "职数调整", "管理员");
            assertThat(browser.driver.findElement(By.id("case-step")).getText()).contains("分析研判和动议");

            // The county's tenant-admin records the documented adjustment on the case page.
            try (Browser admin = Browser.as("wenjiang-admin", "selection/" + caseId)) {
                admin.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exception-form")));
                admin.choose("exception-kind", "vaadin-select-item", "职数调整");
                admin.type("exception-document-no", "温编〔2026〕12号");
                admin.type("exception-approver", "中共成都市温江区委机构编制委员会办公室");
                admin.date("exception-approved-on", today);
                admin.click("exception-save");
                admin.wait.until(
                        d -> d.findElement(By.id("exceptions-grid")).getText().contains("温编〔2026〕12号"));
                admin.wait.until(d -> !d.findElement(By.id("gates-INITIATION"))
                        .findElements(By.className("gate-excepted"))
                        .isEmpty());
            }

            // The officer sees it read-only, and the case goes on.
            browser.go("selection/" + caseId);
            browser.wait.until(
                    d -> d.findElement(By.id("exceptions-grid")).getText().contains("温编〔2026〕12号"));
            assertThat(browser.present("exception-save")).isFalse();
            browser.click("case-advance");
            browser.wait.until(d -> d.findElement(By.id("case-step")).getText().contains("民主推荐"));
        }
        assertThat(Cases.journal(Units.WENJIANG, caseId)).contains("selection.exception.record", "selection.advance");

        // The provincial inspector finds 温江's quota adjustment counted and opens the case from the count.
        try (Browser supervisor = Browser.as("sichuan-supervisor", "selection/overview")) {
            WebElement count = supervisor.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("a.oversight-QUOTA_ADJUSTMENT[href*='" + Units.WENJIANG + "/QUOTA_ADJUSTMENT']")));
            assertThat(Integer.parseInt(count.getText().strip())).isPositive();
            count.click();
            supervisor.waitForGridText(title);
            supervisor
                    .wait
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("a.oversight-case[href*='" + caseId + "']")))
                    .click();
            supervisor.wait.until(
                    d -> d.findElement(By.id("case-title")).getText().contains(title));
            assertThat(supervisor.present("case-advance")).isFalse();
            assertThat(supervisor.present("exception-save")).isFalse();
        }
        assertThat(Cases.journal(Units.WENJIANG, caseId)).contains("selection.case.open");
    }

    @Test
    void savingFourOfTheFiveChecksNamesTheOneMissingAndTheInspectionCannotEnd() throws Exception {
        Cases.Post post = Cases.deputyPost(Units.WENJIANG, 3);
        Cases.Cadre candidate = Cases.activeHolder(Units.WENJIANG, 11);
        String title = "考察 " + UUID.randomUUID().toString().substring(0, 8);
        String day = LocalDate.now().minusDays(1).toString();
        try (Browser browser = Browser.as(OFFICER, "selection")) {
            openAppointment(browser, title, post, candidate);
            UUID caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();
            // The steps before as they would leave the case: recommended, the candidate chosen for
            // inspection, the inspection notice issued.
            Cases.update(
                    Units.WENJIANG,
                    "update selection_case set step = 'INSPECTION', recommended_on = current_date - 5,"
                            + " notice_on = current_date - 2, inspection_team = '考察组' where id = ?",
                    caseId);
            Cases.update(Units.WENJIANG, "update selection_candidate set inspected = true where case_id = ?", caseId);
            browser.go("selection/" + caseId);

            for (String check : new String[] {"file", "matters", "discipline", "petitions"}) {
                browser.date("checks-0-" + check, day);
            }
            browser.click("checks-0-save");
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(n -> n.getText().contains("已完成 4/5 项，尚缺：廉洁自律结论")));
            assertThat(Cases.text(
                            Units.WENJIANG,
                            "select count(*) from selection_candidate where case_id = ?"
                                    + " and petitions_checked_on is not null and integrity_signed_on is null",
                            caseId))
                    .isEqualTo("1");
            browser.wait.until(
                    d -> d.findElement(By.id("checks-0-status")).getText().contains("4/5"));

            browser.click("case-advance");
            browser.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(n -> n.getText().contains("各项完成前不能进入讨论决定")));
            assertThat(browser.driver.findElement(By.id("case-step")).getText()).contains("考察");
        }
    }

    /** Opens an appointment case to the post with the candidate intended, as the officer does in the dialog. */
    private static void openAppointment(Browser browser, String title, Cases.Post post, Cases.Cadre candidate) {
        browser.click("case-new");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-kind")));
        browser.type("case-title", title);
        browser.type("case-unit", post.unit());
        browser.choose("case-unit", "vaadin-combo-box-item", post.unit());
        browser.choose("case-position", "vaadin-combo-box-item", post.title());
        pickCadre(browser, "case-intended", "vaadin-multi-select-combo-box-item", candidate.name());
        browser.click("case-save");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
    }

    private static void pickCadre(Browser browser, String id, String itemTag, String name) {
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
