package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard's core figures in the browser: the provincial supervisor compares Wenjiang and
 * Pidu, and a figure opens the list it counts; a county officer sees only their county's figures,
 * whatever the URL asks for. Expected numbers are counted in the database through the tenant wall.
 */
@ExtendWith(FullStack.class)
class DashboardIT {

    /** The most frequent post level of a county's active cadres, with its count. */
    private record Level(String level, int count) {}

    private static Level commonestLevel(String tenant) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select post_level, count(*) from cadre"
                            + " where status = 'ACTIVE' and post_level is not null"
                            + " group by post_level order by count(*) desc, post_level limit 1");
                    ResultSet row = select.executeQuery()) {
                assertThat(row.next())
                        .as("active cadres with a level in " + tenant)
                        .isTrue();
                return new Level(row.getString(1), row.getInt(2));
            } finally {
                db.rollback();
            }
        }
    }

    private static int active(String tenant) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select count(*) from cadre where status = 'ACTIVE'");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            } finally {
                db.rollback();
            }
        }
    }

    private static String text(Browser browser, String id) {
        return browser.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }

    @Test
    void theSupervisorSeesWenjiangAndPiduSideBySideAndAFigureOpensItsList() throws Exception {
        Level wenjiang = commonestLevel(Units.WENJIANG);
        int wenjiangActive = active(Units.WENJIANG);
        int piduActive = active(Units.PIDU);

        try (Browser browser = Browser.as("sichuan-supervisor", "dashboard")) {
            browser.waitForGridText("温江区委组织部");
            browser.waitForGridText("郫都区委组织部");
            assertThat(text(browser, "figure-TOTAL-" + Units.WENJIANG)).isEqualTo(String.valueOf(wenjiangActive));
            assertThat(text(browser, "figure-TOTAL-" + Units.PIDU)).isEqualTo(String.valueOf(piduActive));
            // The scope holds every county under 51, also those other tests created (新津, 金堂, 大邑 …):
            // its sum is the sum of the counties the table lists, 温江 and 郫都 among them.
            int listed = browser.driver.findElements(By.cssSelector("#figures-total [id^='figure-TOTAL-']")).stream()
                    .filter(cell -> !cell.getAttribute("id").equals("figure-TOTAL-SCOPE"))
                    .mapToInt(cell -> Integer.parseInt(cell.getText().trim()))
                    .sum();
            assertThat(listed).isGreaterThanOrEqualTo(wenjiangActive + piduActive);
            assertThat(text(browser, "figure-TOTAL-SCOPE")).isEqualTo(String.valueOf(listed));
            String bars = browser.driver.findElement(By.id("chart-per-county")).getAttribute("innerHTML");
            assertThat(bars)
                    .contains("<svg", ">温江区委组织部<", ">" + wenjiangActive + "<", ">郫都区委组织部<", ">" + piduActive + "<");
            assertThat(browser.present("chart-pyramid-download")).isTrue();
            String figure = "figure-POST_LEVEL-" + wenjiang.level() + "-" + Units.WENJIANG;
            assertThat(text(browser, figure)).isEqualTo(String.valueOf(wenjiang.count()));

            browser.click(figure);

            browser.wait.until(ExpectedConditions.urlContains("cadres?"));
            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-count"), "共 " + wenjiang.count() + " 人"));
            assertThat(browser.driver.getCurrentUrl())
                    .contains("county=" + Units.WENJIANG, "level=" + wenjiang.level());
            assertThat(browser.gridTexts()).contains("温江区委组织部").doesNotContain("郫都区委组织部");

            String first = firstByName(Units.WENJIANG, wenjiang.level());
            browser.waitForGridText(first);
            browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(cell -> cell.getText().equals(first))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), first));
            String url = browser.driver.getCurrentUrl();
            UUID opened = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
            assertThat(Cadres.auditActions(Units.WENJIANG, opened, "sichuan-supervisor"))
                    .as("the file opened from a figure's list is an audited read in the county's trail")
                    .contains("cadre.file.open");
        }
    }

    /** The name the list shows first (sorted by name) among a county's active cadres of a level. */
    private static String firstByName(String tenant, String level) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select name from cadre where status = 'ACTIVE'"
                    + " and post_level = ? order by name_sort, name, id limit 1")) {
                select.setString(1, level);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            } finally {
                db.rollback();
            }
        }
    }

    @Test
    void aCountyOfficerSeesOnlyTheirCountysFiguresWhateverTheUrlAsks() throws Exception {
        int piduActive = active(Units.PIDU);

        try (Browser browser = Browser.as("pidu-officer", "dashboard")) {
            assertThat(text(browser, "figure-TOTAL-" + Units.PIDU)).isEqualTo(String.valueOf(piduActive));
            assertThat(browser.driver.findElements(By.cssSelector("[id$='-" + Units.WENJIANG + "']")))
                    .isEmpty();
            assertThat(browser.present("figure-TOTAL-SCOPE")).isFalse();
            assertThat(browser.driver.findElement(By.id("dashboard-figures")).getText())
                    .doesNotContain("温江");

            browser.go("cadres?county=" + Units.WENJIANG + "&status=ACTIVE");

            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-count"), "共 " + piduActive + " 人"));
        }
    }

    /** The open cases of a county now at a step, counted through the tenant wall. */
    private static int openAtStep(String tenant, String step) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select =
                    db.prepareStatement("select count(*) from selection_case where status = 'OPEN' and step = ?")) {
                select.setString(1, step);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** An open case of the county at the inspection step, with a title of its own. */
    private static String openCaseAtInspection(String tenant) throws SQLException {
        String title = "DashboardIT " + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement insert = db.prepareStatement("insert into selection_case (tenant_id, id, case_no,"
                    + " kind, title, step, step_since, status, opened_at, opened_by) values (?, ?, ?, 'APPOINT', ?,"
                    + " 'INSPECTION', current_timestamp, 'OPEN', current_timestamp, 'dashboard-it')")) {
                insert.setString(1, tenant);
                insert.setObject(2, UUID.randomUUID());
                insert.setString(3, "IT-" + title.substring(12));
                insert.setString(4, title);
                insert.executeUpdate();
            }
            db.commit();
        }
        return title;
    }

    @Test
    void theSupervisorOpensTheCasesBehindAStepsCount() throws Exception {
        String title = openCaseAtInspection(Units.WENJIANG);
        int atInspection = openAtStep(Units.WENJIANG, "INSPECTION");

        try (Browser browser = Browser.as("sichuan-supervisor", "dashboard")) {
            String id = "cases-step-INSPECTION-" + Units.WENJIANG;
            assertThat(text(browser, id)).isEqualTo(String.valueOf(atInspection));

            browser.click(id);

            browser.wait.until(ExpectedConditions.urlContains("step=INSPECTION"));
            browser.wait.until(ExpectedConditions.textToBe(By.id("cases-count"), "共 " + atInspection + " 件"));
            browser.waitForGridText(title);
            assertThat(browser.driver.getCurrentUrl()).contains("county=" + Units.WENJIANG);
            assertThat(browser.gridTexts()).doesNotContain("郫都区委组织部");
        }
    }

    @Test
    void theSupervisorFindsACadreOfAnyCountyAndOpeningItIsAudited() throws Exception {
        Cadres.Sample pidu = Cadres.any(Units.PIDU, 3);

        try (Browser browser = Browser.as("sichuan-supervisor", "search")) {
            browser.type("search-name", pidu.name());
            browser.click("search-go");

            browser.waitForGridText("郫都区委组织部");
            assertThat(browser.gridTexts()).contains(pidu.name());
            browser.driver.findElements(By.cssSelector("a.search-hit")).stream()
                    .filter(link -> link.getAttribute("href").endsWith("/" + pidu.id()))
                    .findFirst()
                    .orElseThrow()
                    .click();

            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), pidu.name()));
            assertThat(browser.driver.getCurrentUrl()).endsWith("cadres/" + pidu.id());
            assertThat(Cadres.auditActions(Units.PIDU, pidu.id(), "sichuan-supervisor"))
                    .as("the file opened from the search is an audited read in the county's trail")
                    .contains("cadre.file.open");
        }
    }

    @Test
    void aCountyOfficerIsRefusedTheSearchAcrossCounties() throws Exception {
        try (Browser browser = Browser.as("pidu-officer", "dashboard")) {
            assertThat(browser.navText()).doesNotContain("跨县查询");

            browser.go("search");

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));
            assertThat(browser.present("search-name")).isFalse();
        }
    }
}
