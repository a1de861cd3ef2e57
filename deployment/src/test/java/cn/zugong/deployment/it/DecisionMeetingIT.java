package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 温江's appointment case taken through every step in the browser to 讨论决定; the committee of nine
 * meets in the meeting mode (one absent, one related to the candidate prompted to withdraw, the
 * others' opinions counted live), the vote is recorded through the case and the case moves on to
 * publicity. The trace of the candidate then names every step and who took it, each line with its
 * audit-chain position and hash; reading it is audited, and the supervisor reads it too. 郫都's
 * officer gets nothing of it: not the agenda item, not the trace page, not the API.
 */
@ExtendWith(FullStack.class)
class DecisionMeetingIT {

    private static final String OFFICER = "wenjiang-officer";

    @Test
    void aNineMemberCommitteeVotesInTheMeetingModeAndTheTraceNamesEveryStep() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Cases.Post post = freeDeputyPost(suffix);
        Cases.Cadre candidate = Cases.townshipDeputy(Units.WENJIANG, 6);
        String relative = "回避委员" + suffix;
        addSpouse(candidate.id(), relative);
        String title = "会议表决 " + suffix;
        String team = "考察组" + suffix;
        LocalDate today = LocalDate.now();
        UUID caseId;
        String[] meetingLink;
        try (Browser browser = Browser.as(OFFICER, "selection")) {
            openAppointment(browser, title, post, candidate);
            caseId = Cases.byTitle(Units.WENJIANG, title).orElseThrow();

            advanceTo(browser, caseId, "RECOMMENDATION");
            browser.date("recommendation-on", today.minusDays(10).toString());
            browser.type("recommendation-expected", "30");
            browser.type("recommendation-present", "28");
            browser.type("tally-0-interview", "20");
            browser.type("tally-0-meeting", "24");
            browser.click("recommendation-save");
            waitFor(browser, "select count(*) from selection_case where recommended_on is not null and id = ?", caseId);
            advanceTo(browser, caseId, "CANDIDATES");
            centered(
                    browser,
                    browser.wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("#inspected-choice vaadin-checkbox"))));
            browser.click("inspected-save");
            waitFor(browser, "select count(*) from selection_candidate where inspected and case_id = ?", caseId);
            advanceTo(browser, caseId, "INSPECTION");
            browser.date("notice-on", today.minusDays(8).toString());
            browser.date("notice-inspection-from", today.minusDays(6).toString());
            browser.type("notice-team", team);
            browser.click("notice-save");
            waitFor(browser, "select count(*) from selection_case where notice_on is not null and id = ?", caseId);
            browser.go("selection/" + caseId);
            for (String check : new String[] {"file", "matters", "discipline", "petitions", "integrity"}) {
                browser.date("checks-0-" + check, today.minusDays(2).toString());
            }
            browser.click("checks-0-save");
            waitFor(
                    browser,
                    "select count(*) from selection_candidate where integrity_signed_on is not null and case_id = ?",
                    caseId);
            advanceTo(browser, caseId, "DECISION");

            // The meeting mode: the item, nine members, one absent, the relative prompted to withdraw.
            browser.go("selection/meeting");
            WebElement item = browser.wait.until(d -> d.findElements(By.cssSelector("[id^='agenda-']")).stream()
                    .filter(b -> b.getText().contains(title))
                    .findFirst()
                    .orElse(null));
            centered(browser, item);
            // The item's panels are drawn again once the chosen item arrives: read them afresh.
            browser.wait.ignoring(StaleElementReferenceException.class);
            browser.wait.until(d -> d.findElement(By.id("item-title")).getText().contains(title));
            browser.wait.until(
                    d -> d.findElement(By.id("compare-name-0")).getText().equals(candidate.name()));
            browser.wait.until(d -> d.findElement(By.id("item-quota")).getText().contains("副职核定 2 名、现配 0 名、任用后 1 名"));
            assertThat(pdfHead(browser, "compare-form-0")).isEqualTo("%PDF-");
            for (int i = 0; i < 9; i++) {
                browser.type("meeting-member", i == 8 ? relative : "委员" + (i + 1) + suffix);
                browser.click("meeting-member-add");
                String row = "member-" + i + "-name";
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(row)));
            }
            browser.wait.until(d -> {
                String prompt = d.findElement(By.id("member-8-avoid")).getText();
                return prompt.contains(relative) && prompt.contains(candidate.name()) && prompt.contains("配偶");
            });
            browser.click("member-7-present");
            browser.wait.until(
                    d -> d.findElement(By.id("meeting-quorum-state")).getText().contains("实到会 8 人"));
            browser.click("meeting-all-agree");
            browser.wait.until(d -> d.findElement(By.id("tally-0")).getText().contains("同意 7"));
            pick(browser, "opinion-0-0", "不同意");
            browser.wait.until(d -> d.findElement(By.id("tally-0")).getText().contains("同意 6"));
            browser.wait.until(d -> {
                String tally = d.findElement(By.id("tally-0")).getText();
                return tally.contains("回避 1") && tally.contains("未表态 0") && tally.contains("须 5 票同意");
            });
            browser.click("meeting-record");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("item-decided")));
            assertThat(Cases.text(Units.WENJIANG, "select step from selection_case where id = ?", caseId))
                    .isEqualTo("PUBLICITY");
            assertThat(Cases.text(
                            Units.WENJIANG,
                            "select count(*) from selection_vote where case_id = ? and opinion = 'AGREE'",
                            caseId))
                    .isEqualTo("6");
            assertThat(Cases.text(Units.WENJIANG, "select member from selection_withdrawal where case_id = ?", caseId))
                    .isEqualTo(relative);
            assertThat(Cases.text(
                            Units.WENJIANG, "select members_present from selection_meeting where case_id = ?", caseId))
                    .isEqualTo("8");
            assertThat(pdfHead(browser, "meeting-minutes-pdf")).isEqualTo("%PDF-");

            // The case goes on: publicity started on its page.
            browser.go("selection/" + caseId);
            browser.date("publicity-from", today.toString());
            browser.type("publicity-days", "5");
            browser.click("publicity-start");
            waitFor(browser, "select count(*) from selection_case where publicity_from is not null and id = ?", caseId);

            // The trace of the candidate: every step with who took it, and the chain link of each.
            browser.go("cadres/" + candidate.id());
            browser.click("cadre-trace");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace-title")));
            browser.wait.until(d -> browser.gridTexts().contains("讨论决定会议"));
            List<String> texts = browser.gridTexts();
            assertThat(texts).contains("立案（动议）", "民主推荐", "确定考察对象", "考察预告", "凡提四必与廉洁结论", "讨论决定会议", "开始任前公示");
            assertThat(texts).anyMatch(t -> t.contains("小明")).noneMatch(t -> t.equals(OFFICER));
            assertThat(texts).anyMatch(t -> t.contains(team));
            assertThat(texts)
                    .anyMatch(t -> t.contains("委员1" + suffix + "对" + candidate.name() + "不同意")
                            && t.contains("委员2" + suffix + "对" + candidate.name() + "同意")
                            && t.contains(relative + "回避" + candidate.name()));
            meetingLink = chainLink(caseId, "selection.decision.meeting");
            assertThat(texts).contains(meetingLink[0], meetingLink[1].substring(0, 12));
            assertThat(pdfHead(browser, "trace-pdf")).isEqualTo("%PDF-");
        }
        assertThat(Cadres.auditActions(Units.WENJIANG, candidate.id(), OFFICER)).contains("cadre.print", "cadre.trace");

        HttpResponse<String> own = Api.call("GET", "cadres/" + candidate.id() + "/trace", Api.token(OFFICER), null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(title, relative, meetingLink[1]);
        HttpResponse<String> supervisor =
                Api.call("GET", "cadres/" + candidate.id() + "/trace", Api.token("sichuan-supervisor"), null);
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(Cadres.auditActions(Units.WENJIANG, candidate.id(), "sichuan-supervisor"))
                .contains("cadre.trace");

        // 郫都's officer gets nothing of it.
        HttpResponse<String> pidu =
                Api.call("GET", "cadres/" + candidate.id() + "/trace", Api.token("pidu-officer"), null);
        assertThat(pidu.statusCode()).isEqualTo(404);
        assertThat(pidu.body()).doesNotContain(title, candidate.name());
        try (Browser browser = Browser.as("pidu-officer", "cadres/" + candidate.id() + "/trace")) {
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cadre-not-found")));
            assertThat(browser.driver.getPageSource()).doesNotContain(title);
            browser.go("selection/meeting");
            browser.wait.until(d -> !d.findElements(By.id("meeting-agenda")).isEmpty()
                    || !d.findElements(By.id("meeting-agenda-empty")).isEmpty());
            assertThat(browser.driver.getPageSource()).doesNotContain(title);
        }
    }

    /** The chain position and hash of the case's event with this action, read as the county's auditor. */
    private static String[] chainLink(UUID caseId, String action) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bindAuditor(db, Units.WENJIANG);
            try (PreparedStatement select = db.prepareStatement("select seq, hash from audit_event"
                    + " where subject_type = 'selection_case' and subject_id = ? and action = ?")) {
                select.setString(1, caseId.toString());
                select.setString(2, action);
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    return new String[] {String.valueOf(row.getLong(1)), row.getString(2)};
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** Clicks an element scrolled to the middle of the window, clear of notifications at the edges. */
    private static void centered(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Picks an item of one select among several with the same items: the one its open overlay shows. */
    private static void pick(Browser browser, String selectId, String text) {
        centered(browser, browser.driver.findElement(By.id(selectId)));
        WebElement option = browser.wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals(text))
                .findFirst()
                .orElse(null));
        option.click();
    }

    /** Moves the case on from its page, waits until it is at the step and shows the page again. */
    private static void advanceTo(Browser browser, UUID caseId, String step) {
        browser.click("case-advance");
        waitFor(browser, "select count(*) from selection_case where step = '" + step + "' and id = ?", caseId);
        browser.go("selection/" + caseId);
    }

    /** Waits (within the browser's deadline) until the query with the case's id counts one row. */
    private static void waitFor(Browser browser, String sql, UUID caseId) {
        browser.wait.until(d -> {
            try {
                return "1".equals(Cases.text(Units.WENJIANG, sql, caseId));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String pdfHead(Browser browser, String linkId) {
        // The panels may be drawn again while the link is read: read it afresh until it holds still.
        String href = browser.wait
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id(linkId)).getAttribute("href"));
        return (String) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.arrayBuffer()).then(b =>"
                                + " done(String.fromCharCode(...new Uint8Array(b.slice(0, 5)))))",
                        href);
    }

    /** A new working department under 温江's committee with two approved deputy posts, none held, and its deputy position. */
    private static Cases.Post freeDeputyPost(String suffix) throws SQLException {
        UUID parent = Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        String unitName = "会议表决局" + suffix;
        UUID unit = UUID.randomUUID();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'WORKING_DEPARTMENT', ?, 1, 2)",
                    Units.WENJIANG,
                    unit,
                    unitName,
                    parent);
            execute(
                    db,
                    "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                            + " values (?, ?, ?, '副局长', 'TOWNSHIP_DEPUTY', false, 'APPOINTED')",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    unit);
            db.commit();
        }
        return new Cases.Post(unitName, "副局长");
    }

    /** Records a spouse of the cadre by this name, as the family tab would. */
    private static void addSpouse(UUID cadre, String name) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            execute(
                    db,
                    "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name)"
                            + " values (?, ?, ?, 99, '配偶', 'SPOUSE', ?)",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    cadre,
                    name);
            db.commit();
        }
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
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
        WebElement input = browser.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#case-intended input")));
        input.sendKeys(candidate.name());
        browser.wait.until(d -> d.findElements(By.tagName("vaadin-multi-select-combo-box-item")).stream()
                .anyMatch(i -> i.getText().startsWith(candidate.name())));
        browser.driver.findElements(By.tagName("vaadin-multi-select-combo-box-item")).stream()
                .filter(i -> i.getText().startsWith(candidate.name()))
                .findFirst()
                .orElseThrow()
                .click();
        input.sendKeys(Keys.TAB);
        browser.click("case-save");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));
    }
}
