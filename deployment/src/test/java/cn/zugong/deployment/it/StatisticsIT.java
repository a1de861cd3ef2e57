package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Team structure and the annual statistics in the browser as the provincial supervisor: a demo
 * team missing a target is listed as missing a target and drills down to a named cadre (both reads
 * audited); the year's statistics sum the counties listed, Wenjiang's count equals one computed
 * in the database by a statement of its own; a county officer submits a year and the supervisor
 * sees it submitted; a county officer sees no other county on either page. A trend figure of the
 * dashboard and a cell of the statistics open the lists of the cadres behind them (as many as a
 * statement of the test's own counts), and a named cadre's file from there (audited).
 */
@ExtendWith(FullStack.class)
class StatisticsIT {

    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;
    private static final int SUBMITTED_YEAR = LocalDate.now().getYear() - 2;

    private static String text(Browser browser, String id) {
        return browser.wait
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .getText();
    }

    /**
     * The cadres of a county in post and active on a day, written apart from the portal's statement:
     * correlated subqueries for the status on the day.
     */
    private static int inPost(String tenant, LocalDate day) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select count(*) from cadre c where exists ("
                    + " select 1 from post_holding h where h.cadre_id = c.id and h.start_date <= ?"
                    + " and (h.end_date is null or h.end_date > ?)) and 'ACTIVE' = coalesce("
                    + " (select s.status from cadre_status_change s where s.cadre_id = c.id and s.effective_date <= ?"
                    + " order by s.effective_date desc, s.id desc limit 1),"
                    + " case when exists (select 1 from cadre_status_change s where s.cadre_id = c.id"
                    + " and s.effective_date > ?) then 'ACTIVE' when c.status_since is null or c.status_since <= ?"
                    + " then c.status else 'ACTIVE' end)")) {
                for (int i = 1; i <= 5; i++) {
                    select.setDate(i, Date.valueOf(day));
                }
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            } finally {
                db.rollback();
            }
        }
    }

    /**
     * The names of a county's cadres in post and active on a day, as the list sorts them, by the
     * same statement of its own as {@link #inPost}; {@code women} only the women.
     */
    private static List<String> inPostByName(String tenant, LocalDate day, boolean women) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select c.name from cadre c where exists ("
                    + " select 1 from post_holding h where h.cadre_id = c.id and h.start_date <= ?"
                    + " and (h.end_date is null or h.end_date > ?)) and 'ACTIVE' = coalesce("
                    + " (select s.status from cadre_status_change s where s.cadre_id = c.id and s.effective_date <= ?"
                    + " order by s.effective_date desc, s.id desc limit 1),"
                    + " case when exists (select 1 from cadre_status_change s where s.cadre_id = c.id"
                    + " and s.effective_date > ?) then 'ACTIVE' when c.status_since is null or c.status_since <= ?"
                    + " then c.status else 'ACTIVE' end)" + (women ? " and c.gender = 'FEMALE'" : "")
                    + " order by c.name_sort, c.name, c.id")) {
                for (int i = 1; i <= 5; i++) {
                    select.setDate(i, Date.valueOf(day));
                }
                List<String> names = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        names.add(row.getString(1));
                    }
                }
                return names;
            } finally {
                db.rollback();
            }
        }
    }

    /** Opens the file of the list's row of that name and returns the cadre opened. */
    private static UUID openFromList(Browser browser, String name) {
        browser.waitForGridText(name);
        clickCell(browser, name);
        browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), name));
        String url = browser.driver.getCurrentUrl();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    /**
     * A measured Wenjiang team (three approved posts or more, someone in post) that misses one of
     * Sichuan's targets by a count of its own: a vacancy, nobody of 40 or under, or no woman where
     * the province asks for one.
     */
    private static String teamMissingATarget() throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            try (PreparedStatement select = db.prepareStatement("select u.name from org_unit u join lateral"
                            + " (select count(distinct h.cadre_id) as held,"
                            + " count(distinct case when c.gender = 'FEMALE' then c.id end) as women,"
                            + " count(distinct case when c.birth_date > current_date - interval '41 years'"
                            + " then c.id end) as younger"
                            + " from post_holding h join cadre c on c.id = h.cadre_id where h.unit_id = u.id"
                            + " and h.main_post and h.post_level is not null and h.start_date <= current_date"
                            + " and (h.end_date is null or h.end_date > current_date)) t on true"
                            + " where u.principal_posts + u.deputy_posts >= 3 and u.unit_type <> 'INTERNAL_ORGAN'"
                            + " and t.held >= 1 and (t.held < u.principal_posts + u.deputy_posts or t.younger = 0"
                            + " or (t.women = 0 and u.unit_type in"
                            + " ('PARTY_COMMITTEE', 'GOVERNMENT', 'PEOPLES_CONGRESS', 'CPPCC', 'TOWNSHIP')))"
                            + " order by u.name limit 1");
                    ResultSet row = select.executeQuery()) {
                assertThat(row.next())
                        .as("a demo team of Wenjiang missing a target")
                        .isTrue();
                return row.getString(1);
            } finally {
                db.rollback();
            }
        }
    }

    /** Clicks a grid cell by its text, scrolled to the middle of the window first (below the fold otherwise). */
    private static void clickCell(Browser browser, String text) {
        browser.waitForGridText(text);
        WebElement cell = browser.driver.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(text))
                .findFirst()
                .orElseThrow();
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        browser.settled();
    }

    @Test
    void theSupervisorFindsATeamMissingATargetAndDrillsDownToANamedCadre() throws Exception {
        String team = teamMissingATarget();

        try (Browser browser = Browser.as("sichuan-supervisor", "teams")) {
            assertThat(text(browser, "team-target-VACANCIES")).contains("[I]");
            assertThat(text(browser, "team-target-WOMEN")).contains("[P]");
            clickCell(browser, "温江区委组织部");
            browser.click("teams-missing-only");
            browser.settled();
            clickCell(browser, team);

            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("team-members-grid")));
            WebElement member = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#team-members-grid a[id^='team-member-']")));
            String name = member.getText();
            ((JavascriptExecutor) browser.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", member);
            member.click();

            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-name"), name));
            String url = browser.driver.getCurrentUrl();
            UUID opened = UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
            assertThat(Cadres.auditActions(Units.WENJIANG, opened, "sichuan-supervisor"))
                    .contains("cadre.file.open");
            UUID unit = Units.idOf(Units.WENJIANG, team);
            assertThat(Cadres.auditActions(Units.WENJIANG, "unit", unit.toString(), "sichuan-supervisor"))
                    .contains("unit.team.read");
        }
    }

    @Test
    void theYearsStatisticsSumTheCountiesListedAndMatchTheRegistrysHistory() throws Exception {
        LocalDate day = LocalDate.of(LAST_YEAR, 12, 31);
        int wenjiang = inPost(Units.WENJIANG, day);
        int pidu = inPost(Units.PIDU, day);

        try (Browser browser = Browser.as("sichuan-supervisor", "statistics/" + LAST_YEAR)) {
            assertThat(text(browser, "statistics-reference-date")).contains(day.toString());
            assertThat(text(browser, "statistics-county-total-" + Units.WENJIANG))
                    .isEqualTo(String.valueOf(wenjiang));
            assertThat(text(browser, "statistics-county-total-" + Units.PIDU)).isEqualTo(String.valueOf(pidu));
            // Other ITs add counties under 51: the scope's sum is that of every county listed.
            int listed = browser.driver.findElements(By.cssSelector("[id^='statistics-county-total-']")).stream()
                    .mapToInt(cell -> Integer.parseInt(cell.getText().trim()))
                    .sum();
            assertThat(listed).isGreaterThanOrEqualTo(wenjiang + pidu);
            assertThat(text(browser, "statistics-total"))
                    .isEqualTo("全部所辖地区：" + String.format(Locale.ROOT, "%,d", listed) + "人");
            assertThat(text(browser, "stat-TOTAL-TOTAL")).isEqualTo(String.valueOf(listed));
            assertThat(browser.present("statistics-export")).isTrue();
        }
    }

    @Test
    void theSupervisorDrillsFromATrendFigureAndAStatisticsCellToNamedCadres() throws Exception {
        LocalDate day = LocalDate.of(LAST_YEAR, 12, 31);
        List<String> inPost = inPostByName(Units.WENJIANG, day, false);
        List<String> women = inPostByName(Units.WENJIANG, day, true);
        assertThat(women).as("women in post in Wenjiang's demo registry").isNotEmpty();

        try (Browser browser = Browser.as("sichuan-supervisor", "dashboard")) {
            browser.click("dashboard-trend-load");
            String year = "trend-" + LAST_YEAR + "-basic-ALL-FEMALE";
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(year)));
            browser.click(year);
            browser.settled();
            String county = "trend-" + Units.WENJIANG + "-" + LAST_YEAR + "-basic-ALL-FEMALE";
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(county)));
            assertThat(browser.text(county)).isEqualTo(String.valueOf(women.size()));

            browser.click(county);

            browser.wait.until(ExpectedConditions.urlContains("heldOn=" + day));
            browser.wait.until(ExpectedConditions.textToBe(By.id("cadre-count"), "共 " + women.size() + " 人"));
            assertThat(text(browser, "filter-held")).isEqualTo("在职于 " + day + " · 统计项：女");
            UUID opened = openFromList(browser, women.getFirst());
            assertThat(Cadres.auditActions(Units.WENJIANG, opened, "sichuan-supervisor"))
                    .as("the file opened from a trend figure's list is an audited read")
                    .contains("cadre.file.open");
        }

        try (Browser browser = Browser.as("sichuan-supervisor", "statistics/" + LAST_YEAR)) {
            text(browser, "statistics-total");
            browser.choose("statistics-scope", "vaadin-select-item", "温江区委组织部");
            browser.wait.until(ExpectedConditions.textToBe(By.id("stat-TOTAL-TOTAL"), String.valueOf(inPost.size())));

            browser.click("stat-TOTAL-TOTAL");

            browser.wait.until(ExpectedConditions.urlContains("heldOn=" + day));
            browser.wait.until(ExpectedConditions.textToBe(
                    By.id("cadre-count"), "共 " + String.format(Locale.ROOT, "%,d", inPost.size()) + " 人"));
            UUID opened = openFromList(browser, inPost.getFirst());
            assertThat(Cadres.auditActions(Units.WENJIANG, opened, "sichuan-supervisor"))
                    .as("the file opened from a statistics cell's list is an audited read")
                    .contains("cadre.file.open");
        }
    }

    @Test
    void aCountyOfficerSubmitsAYearAndTheSupervisorSeesItSubmitted() throws Exception {
        try (Browser officer = Browser.as("wenjiang-officer", "statistics/" + SUBMITTED_YEAR)) {
            text(officer, "statistics-state");
            if (officer.present("statistics-submit")) {
                officer.click("statistics-submit");
            }
            officer.wait.until(ExpectedConditions.textMatches(By.id("statistics-state"), Pattern.compile("^已报送：.*")));
        }
        assertThat(Cadres.auditActions(Units.WENJIANG, "statistics", String.valueOf(SUBMITTED_YEAR), null))
                .containsExactly("statistics.submit");

        try (Browser browser = Browser.as("sichuan-supervisor", "statistics/" + SUBMITTED_YEAR)) {
            assertThat(text(browser, "statistics-county-submitted-" + Units.WENJIANG))
                    .startsWith("已报送");
            assertThat(text(browser, "statistics-state")).startsWith("已报送");
        }
    }

    @Test
    void aCountyOfficerSeesNoOtherCountyOnEitherPage() throws Exception {
        try (Browser browser = Browser.as("pidu-officer", "statistics/" + LAST_YEAR)) {
            assertThat(text(browser, "statistics-total")).startsWith("郫都区委组织部");
            assertThat(browser.driver.findElements(By.cssSelector("[id$='-" + Units.WENJIANG + "']")))
                    .isEmpty();
            assertThat(browser.present("statistics-counties")).isFalse();

            browser.go("teams");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("teams-grid")));
            browser.waitForGridText(Units.PIDU_COMMITTEE);
            assertThat(browser.present("teams-counties")).isFalse();
            assertThat(browser.driver.findElement(By.tagName("body")).getText()).doesNotContain("温江");

            browser.go("dashboard");
            browser.click("dashboard-trend-load");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("trend-" + Units.PIDU + "-" + LAST_YEAR + "-basic-ALL-TOTAL")));
            assertThat(browser.driver.findElements(By.cssSelector("[id^='trend-" + Units.WENJIANG + "']")))
                    .isEmpty();
            assertThat(browser.present("trend-counties")).isFalse();
            assertThat(browser.driver.findElement(By.id("dashboard-trend")).getText())
                    .doesNotContain("温江");
        }
    }
}
