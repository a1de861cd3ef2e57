package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 19: the rotation plugin, installed with the platform. Wenjiang enables it and sees its due
 * list; a director whose file names his wife, a clerk of his own bureau, is found as a kinship
 * conflict; proposing her as the bureau's deputy is blocked at 动议 by the plugin's gate. Pidu,
 * with the module enabled too, sees none of Wenjiang's findings nor its cadres' terms. The
 * provincial supervisor's dashboard drills down from Wenjiang's findings figure to Wenjiang's list.
 */
@ExtendWith(FullStack.class)
class RotationIT {

    private static final String MENU = "交流轮岗名单";
    private static final String OFFICER = "wenjiang-officer";

    /** The people and units a test makes in Wenjiang, named with its own suffix. */
    private record Bureau(String name, UUID unit, String director, String clerk, UUID clerkId, String member) {}

    @Test
    void wenjiangSeesItsDueListAKinshipPairIsFoundAndBlocksTheCaseAtInitiationAndPiduSeesNone() throws Exception {
        Bureau bureau = bureau(UUID.randomUUID().toString().substring(0, 6));
        Plugins.setEnabled("wenjiang-admin", "rotation", MENU, true);
        Plugins.setEnabled("pidu-admin", "rotation", MENU, true);
        try {
            try (Browser wenjiang = Browser.as(OFFICER, "rotation")) {
                // 12 years a member of the party committee: on the must-exchange list (V-E3).
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-due-must")));
                wenjiang.driver
                        .findElement(By.cssSelector("#rotation-due-search input"))
                        .sendKeys(bureau.member());
                wenjiang.waitForGridText(bureau.member());
                assertThat(wenjiang.driver
                                .findElement(By.id("rotation-due-must"))
                                .getText())
                        .doesNotContain(bureau.director());

                wenjiang.go("rotation/findings");
                wenjiang.click("rotation-findings-scan");
                wenjiang.waitForGridText(bureau.clerk());
                assertThat(wenjiang.gridTexts()).contains(bureau.director(), "夫妻");
                assertThat(wenjiang.driver
                                .findElement(By.id("rotation-findings-grid"))
                                .getText())
                        .contains("直接上下级领导关系");

                wenjiang.go("selection");
                String title = "交流 " + bureau.name();
                wenjiang.click("case-new");
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-kind")));
                wenjiang.type("case-title", title);
                wenjiang.type("case-unit", bureau.name());
                wenjiang.choose("case-unit", "vaadin-combo-box-item", bureau.name());
                wenjiang.choose("case-position", "vaadin-combo-box-item", "副局长");
                pickCadre(wenjiang, bureau.clerk());
                wenjiang.click("case-save");
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-no")));

                // The plugin's gate blocks at 动议 naming the relative; the case does not move on.
                wenjiang.wait.until(
                        d -> d.findElement(By.id("gates-INITIATION")).getText().contains("应当回避"));
                assertThat(wenjiang.driver
                                .findElement(By.id("gates-INITIATION"))
                                .getText())
                        .contains(bureau.director(), "任职回避和地域回避");
                wenjiang.click("case-advance");
                wenjiang.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("selection-error")));
                assertThat(wenjiang.driver.findElement(By.id("case-step")).getText())
                        .contains("分析研判和动议");
            }
            try (Browser pidu = Browser.as("pidu-officer", "rotation/findings")) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-findings-grid")));
                pidu.click("rotation-findings-scan");
                pidu.wait.until(d -> d.findElement(By.id("rotation-findings-outcome"))
                        .getText()
                        .contains("排查"));
                assertThat(pidu.gridTexts()).doesNotContain(bureau.director(), bureau.clerk());

                pidu.go("rotation/terms?cadre=" + bureau.clerkId());
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-terms-unknown")));
                assertThat(pidu.present("rotation-terms-grid")).isFalse();

                pidu.go("rotation");
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-due-must")));
                pidu.driver
                        .findElement(By.cssSelector("#rotation-due-search input"))
                        .sendKeys(bureau.member());
                pidu.driver
                        .findElement(By.cssSelector("#rotation-due-search input"))
                        .sendKeys(Keys.TAB);
                pidu.wait.until(d -> d.findElement(By.id("rotation-due-as-of")).isDisplayed());
                assertThat(pidu.gridTexts()).doesNotContain(bureau.member());
            }
            // The dashboard drills down: the supervisor's row of Wenjiang in the findings' figure opens
            // the findings page with Wenjiang picked in the switcher, and Wenjiang's pair on it.
            try (Browser supervisor = Browser.as("sichuan-supervisor", "dashboard")) {
                supervisor.click("indicator-rotation-findings-open-" + Units.WENJIANG);

                supervisor.wait.until(ExpectedConditions.urlContains("rotation/findings"));
                supervisor.wait.until(
                        d -> d.findElement(By.id("tenant-switcher")).getText().contains("温江区委组织部"));
                supervisor.waitForGridText(bureau.clerk());
                assertThat(supervisor.gridTexts()).contains(bureau.director());
                assertThat(supervisor.present("rotation-findings-scan")).isFalse();

                supervisor.go("scope/" + Units.PIDU + "/rotation/findings");
                supervisor.wait.until(
                        d -> d.findElement(By.id("tenant-switcher")).getText().contains("郫都区委组织部"));
                supervisor.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-findings-grid")));
                assertThat(supervisor.gridTexts()).doesNotContain(bureau.director(), bureau.clerk());
            }
        } finally {
            Plugins.setEnabled("pidu-admin", "rotation", MENU, false);
            Plugins.setEnabled("wenjiang-admin", "rotation", MENU, false);
        }
    }

    /**
     * A bureau of Wenjiang under its party committee (局长 and 副局长 positions, a 人事科): its director
     * since 2020, whose file names his wife, a clerk of its 人事科; and a member of the party committee
     * in post since 2014.
     */
    private static Bureau bureau(String suffix) throws SQLException {
        UUID committee = Units.idOf(Units.WENJIANG, Units.WENJIANG_COMMITTEE);
        String name = "轮岗测试局" + suffix;
        UUID unit = UUID.randomUUID();
        UUID office = UUID.randomUUID();
        UUID director = UUID.randomUUID();
        UUID clerk = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        String directorName = "局长" + suffix;
        String clerkName = "配偶" + suffix;
        String memberName = "常委" + suffix;
        String tenant = Units.WENJIANG;
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'WORKING_DEPARTMENT', ?, 1, 2)",
                    tenant,
                    unit,
                    name,
                    committee);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, '人事科', 'INTERNAL_ORGAN', ?, 1, 1)",
                    tenant,
                    office,
                    unit);
            execute(
                    db,
                    "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                            + " values (?, ?, ?, '局长', 'TOWNSHIP_PRINCIPAL', true, 'APPOINTED')",
                    tenant,
                    UUID.randomUUID(),
                    unit);
            execute(
                    db,
                    "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                            + " values (?, ?, ?, '副局长', 'TOWNSHIP_DEPUTY', false, 'APPOINTED')",
                    tenant,
                    UUID.randomUUID(),
                    unit);
            cadre(db, tenant, director, directorName, unit, "MALE");
            cadre(db, tenant, clerk, clerkName, office, "FEMALE");
            cadre(db, tenant, member, memberName, committee, "MALE");
            holding(db, tenant, director, unit, name, "局长", "'TOWNSHIP_PRINCIPAL'", true, LocalDate.of(2020, 3, 1));
            holding(db, tenant, clerk, office, "人事科", "科员", "null", false, LocalDate.of(2021, 5, 1));
            holding(
                    db,
                    tenant,
                    member,
                    committee,
                    Units.WENJIANG_COMMITTEE,
                    "常委",
                    "'COUNTY_DEPUTY'",
                    false,
                    LocalDate.now().minusYears(12));
            execute(
                    db,
                    "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name,"
                            + " work_unit_post) values (?, ?, ?, 1, '妻子', 'SPOUSE', ?, ?)",
                    tenant,
                    UUID.randomUUID(),
                    director,
                    clerkName,
                    name + "人事科科员");
            db.commit();
        }
        return new Bureau(name, unit, directorName, clerkName, clerk, memberName);
    }

    private static void cadre(Connection db, String tenant, UUID id, String name, UUID unit, String gender)
            throws SQLException {
        execute(
                db,
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since, unit_id)"
                        + " values (?, ?, ?, 'lungang', 'lg', ?, date '1978-05-01', '汉族', 'CPC_MEMBER',"
                        + " 'COUNTY', 'ACTIVE', date '2014-01-01', ?)",
                tenant,
                id,
                name,
                gender,
                unit);
    }

    private static void holding(
            Connection db,
            String tenant,
            UUID cadre,
            UUID unit,
            String unitName,
            String title,
            String level,
            boolean principal,
            LocalDate start)
            throws SQLException {
        execute(
                db,
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                        + " main_post, start_date) values (?, ?, ?, ?, ?, ?, " + level + ", ?, true, ?)",
                tenant,
                UUID.randomUUID(),
                cadre,
                unit,
                unitName,
                title,
                principal,
                start);
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void pickCadre(Browser browser, String name) {
        WebElement input = browser.wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#case-intended input")));
        input.sendKeys(name);
        String item = "vaadin-multi-select-combo-box-item";
        browser.wait.until(d -> d.findElements(By.tagName(item)).stream()
                .anyMatch(i -> i.getText().startsWith(name)));
        browser.driver.findElements(By.tagName(item)).stream()
                .filter(i -> i.getText().startsWith(name))
                .findFirst()
                .orElseThrow()
                .click();
        input.sendKeys(Keys.TAB);
    }
}
