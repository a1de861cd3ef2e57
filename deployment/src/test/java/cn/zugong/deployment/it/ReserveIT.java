package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 21: the reserve plugin enabled by Wenjiang. The officer opens a 正职后备 batch, nominates
 * two cadres and approves one; the structure table shows the shares read from the registry; the
 * member appointed to a principal post through a selection case leaves the pool as promoted (使用)
 * with that case. Pidu sees none of it; the provincial supervisor sees both counties' ratios.
 */
@ExtendWith(FullStack.class)
class ReserveIT {

    /** The menu entry of the module. */
    private static final String MENU = "后备干部";

    @Test
    void aBatchRunsToApprovalAndTheMembersAppointmentClosesTheMembershipAsPromoted() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        Cases.Post post = Reserve.unit(Units.WENJIANG, Units.WENJIANG_COMMITTEE, suffix);
        Cases.Cadre woman = Reserve.deputy(Units.WENJIANG, post.unit(), "后备甲" + suffix, "FEMALE");
        Cases.Cadre man = Reserve.deputy(Units.WENJIANG, post.unit(), "后备乙" + suffix, "MALE");
        int year = LocalDate.now().getYear();
        Plugins.setEnabled("wenjiang-admin", "reserve", MENU, true);
        try {
            UUID batch;
            try (Browser officer = Browser.as("wenjiang-officer", "reserve")) {
                officer.click("reserve-batch-create");
                officer.wait.until(d -> {
                    String outcome =
                            d.findElement(By.id("reserve-batches-outcome")).getText();
                    return outcome.contains("批次已建立") || outcome.contains("已存在");
                });
                batch = Reserve.batch(Units.WENJIANG, year, "PRINCIPAL");
                officer.go("reserve/batch?batch=" + batch);
                officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reserve-batch-heading")));

                nominate(officer, woman.name());
                nominate(officer, man.name());

                for (String state : List.of("已考察", "已公示", "已审定入库")) {
                    select(officer, woman.name());
                    officer.choose("reserve-candidate-next", "vaadin-combo-box-item", state);
                    officer.click("reserve-candidate-apply");
                    officer.wait.until(d -> officer.gridTexts().contains(state));
                }

                // The structure of the approved member, gender read from the registry's file: one
                // woman of one member against the example layer's 20/100 (Wenjiang is in 51).
                List<String> structure = cells(officer, "reserve-structure-grid");
                assertThat(structure).contains("女干部", "100.0 %", "不低于20/100");
                assertThat(officer.present("reserve-structure-chart")).isTrue();
                clickCell(officer, "reserve-structure-grid", "女干部");
                officer.wait.until(d -> d.findElement(By.id("reserve-structure-members"))
                        .getText()
                        .contains(woman.name()));
            }

            UUID caseId = appoint(woman, post, suffix);

            try (Browser officer = Browser.as("wenjiang-officer", "reserve/batch?batch=" + batch)) {
                // The platform delivers the appointment after its commit: read the page afresh until shown.
                officer.wait.until(d -> {
                    officer.go("reserve/batch?batch=" + batch);
                    officer.wait.until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#reserve-candidates-grid vaadin-grid-cell-content")));
                    return officer.gridTexts().contains("已提拔使用");
                });
                assertThat(officer.gridTexts()).contains("选任案件 " + caseId);
            }
            assertThat(Reserve.candidacy(Units.WENJIANG, woman.id())).isEqualTo("PROMOTED " + caseId);
            assertThat(Reserve.candidacy(Units.WENJIANG, man.id())).startsWith("NOMINATED");

            // Pidu: no page, and its plugin connection reads none of Wenjiang's candidacies.
            try (Browser pidu = Browser.as("pidu-officer", "reserve/batch?batch=" + batch)) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
                assertThat(pidu.driver.getPageSource()).doesNotContain(woman.name());
                assertThat(pidu.navText()).doesNotContain(MENU);
            }
            assertThat(Reserve.candidacies(Units.PIDU, woman.id())).isZero();
            assertThat(Reserve.candidacies(Units.WENJIANG, woman.id())).isOne();

            // With the module on in both counties, the supervisor compares their ratios; Pidu's
            // officer still finds no Wenjiang batch.
            Plugins.setEnabled("pidu-admin", "reserve", MENU, true);
            try (Browser pidu = Browser.as("pidu-officer", "reserve/batch?batch=" + batch)) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reserve-batch-unknown")));
                assertThat(pidu.driver.getPageSource()).doesNotContain(woman.name());
            }
            try (Browser supervisor = Browser.as("sichuan-supervisor", "dashboard")) {
                supervisor.wait.until(
                        ExpectedConditions.presenceOfElementLocated(By.id("indicator-reserve-ratio-principal")));
                supervisor.wait.until(d -> cells(supervisor, "indicator-reserve-ratio-principal")
                        .containsAll(List.of("温江区委组织部", "郫都区委组织部")));
            }
        } finally {
            Plugins.setEnabled("pidu-admin", "reserve", MENU, false);
            Plugins.setEnabled("wenjiang-admin", "reserve", MENU, false);
        }
    }

    /**
     * Appoints the member to the unit's principal post (a promotion from the township deputy post)
     * through a selection case: opened in the browser, put at the decision as SupervisionIT does,
     * decided by the committee, its publicity over, and the appointment issued.
     */
    private static UUID appoint(Cases.Cadre member, Cases.Post post, String suffix) throws Exception {
        String title = "提任后备干部 " + suffix;
        String today = LocalDate.now().toString();
        try (Browser officer = Browser.as("wenjiang-officer", "selection")) {
            officer.click("case-new");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-kind")));
            officer.type("case-title", title);
            officer.type("case-unit", post.unit());
            officer.choose("case-unit", "vaadin-combo-box-item", post.unit());
            officer.choose("case-position", "vaadin-combo-box-item", post.title());
            pick(officer, "case-intended", "vaadin-multi-select-combo-box-item", member.name());
            officer.click("case-save");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
            UUID caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();
            // The reserve's gate at 动议: an approved 正职后备 passes (注重使用后备干部).
            officer.wait.until(
                    d -> d.findElement(By.id("gates-INITIATION")).getText().contains("入库后备干部"));

            Supervision.atDecision(Units.WENJIANG, caseId);
            officer.go("selection/" + caseId);
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meeting-save")));
            officer.choose("meeting-body", "vaadin-select-item", "常委会");
            officer.date("meeting-held-on", today);
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
            officer.wait.until(d -> "PUBLICITY".equals(step(caseId)));

            // The publicity ran its five working days before today.
            Cases.update(
                    Units.WENJIANG,
                    "update selection_case set publicity_from = current_date - 12, publicity_to = current_date - 5"
                            + " where id = ?",
                    caseId);
            officer.go("selection/" + caseId);
            officer.click("case-advance");
            officer.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appointment-save")));
            officer.type("appointment-document-no", "温组干〔" + LocalDate.now().getYear() + "〕" + suffix + "号");
            officer.date("appointment-issued-on", today);
            officer.click("appointment-save");
            officer.wait.until(
                    d -> d.findElement(By.id("case-status")).getText().contains("已完成")
                            || d.findElement(By.id("case-step")).getText().contains("试用"));
            return caseId;
        }
    }

    private static String step(UUID caseId) {
        try {
            return Cases.text(Units.WENJIANG, "select step from selection_case where id = ?", caseId);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void nominate(Browser officer, String name) {
        pick(officer, "reserve-nominate-cadre", "vaadin-combo-box-item", name);
        for (String[] field : new String[][] {{"reserve-nominate-votes", "30"}, {"reserve-nominate-ballots", "40"}}) {
            WebElement input = officer.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + field[0] + " input")));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), field[1]);
        }
        officer.choose("reserve-nominate-horizon", "vaadin-combo-box-item", "近期");
        officer.click("reserve-nominate-submit");
        officer.wait.until(d -> officer.gridTexts().contains(name));
    }

    /** Selects a candidate's row by clicking the cell with the name. */
    private static void select(Browser officer, String name) {
        clickCell(officer, "reserve-candidates-grid", name);
    }

    /**
     * Clicks the cell of a grid showing {@code text}, scrolled to the middle of the window first
     * (clear of notifications at the edges); a cell the grid is still drawing is looked up again.
     */
    private static void clickCell(Browser browser, String gridId, String text) {
        browser.wait
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement cell = cellOf(browser, gridId, text);
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
                    cell.click();
                    return true;
                });
        browser.settled();
    }

    private static WebElement cellOf(Browser browser, String gridId, String text) {
        return browser.wait.until(
                d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().equals(text))
                        .findFirst()
                        .orElse(null));
    }

    private static List<String> cells(Browser browser, String gridId) {
        return browser.driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
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
