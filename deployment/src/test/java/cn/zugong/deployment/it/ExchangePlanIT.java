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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 19 items 4 and 5: Wenjiang's officer builds an exchange plan from the must-exchange list and
 * the county's vacancies, solves it, pins the move of a member of the party committee 12 years in
 * post, saves and approves it: a selection case of kind 交流 for him is then in the selection module,
 * and his exchange case is listed. Pidu's officer cannot open Wenjiang's plan by its address.
 */
@ExtendWith(FullStack.class)
class ExchangePlanIT {

    private static final String MENU = "交流轮岗名单";
    private static final int POSTS = 8;

    @Test
    void wenjiangPlansFromTheDueListApprovesAndAnExchangeCaseOpensWhilePiduCannotOpenThePlan() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String member = "交流常委" + suffix;
        String bureau = "交流测试局" + suffix;
        data(suffix, member, bureau);
        Plugins.setEnabled("wenjiang-admin", "rotation", MENU, true);
        Plugins.setEnabled("pidu-admin", "rotation", MENU, true);
        String planAddress;
        try {
            try (Browser wenjiang = Browser.as("wenjiang-officer", "rotation/plans")) {
                wenjiang.type("rotation-plan-new-name", "交流方案" + suffix);
                wenjiang.click("rotation-plan-create");
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-plan-add-must")));
                planAddress = wenjiang.driver.getCurrentUrl();
                wenjiang.click("rotation-plan-add-must");
                wenjiang.waitForGridText(member);
                wenjiang.click("rotation-plan-add-vacancies");
                wenjiang.waitForGridText(bureau);
                wenjiang.click("rotation-plan-solve");
                wenjiang.wait.until(d -> wenjiang.text("rotation-plan-score").startsWith("方案得分"));
                assertThat(wenjiang.text("rotation-plan-score")).startsWith("方案得分：硬约束 0");
                String moves = wenjiang.text("rotation-plan-moves");
                assertThat(moves).contains(member, "必须交流");

                wenjiang.driver.findElements(By.cssSelector("#rotation-plan-moves vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().equals(member))
                        .findFirst()
                        .orElseThrow()
                        .click();
                wenjiang.click("rotation-plan-pin");
                wenjiang.waitForGridText("已锁定");
                wenjiang.click("rotation-plan-save");
                wenjiang.wait.until(d -> wenjiang.text("rotation-plan-message").equals("方案已保存。"));
                wenjiang.click("rotation-plan-approve");
                wenjiang.wait.until(d -> wenjiang.text("rotation-plan-message").startsWith("方案已批准"));
                assertThat(wenjiang.present("rotation-plan-solve")).isFalse();

                wenjiang.go("selection");
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cases-grid")));
                wenjiang.wait.until(
                        d -> wenjiang.gridTexts().stream().anyMatch(t -> t.startsWith("交流方案" + suffix + "：" + member)));
                assertThat(wenjiang.gridTexts()).contains("交流（转任）");

                wenjiang.go("rotation/exchanges");
                wenjiang.waitForGridText(member);
                assertThat(wenjiang.gridTexts()).contains("拟定方案");
            }
            try (Browser pidu = Browser.as("pidu-officer", "rotation/plans")) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-plans-grid")));
                assertThat(pidu.gridTexts()).doesNotContain("交流方案" + suffix);
                pidu.driver.get(planAddress);
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-plan-unknown")));
                assertThat(pidu.present("rotation-plan-moves")).isFalse();
            }
        } finally {
            Plugins.setEnabled("pidu-admin", "rotation", MENU, false);
            Plugins.setEnabled("wenjiang-admin", "rotation", MENU, false);
        }
    }

    /**
     * A member of Wenjiang's party committee in post for 12 years (must be exchanged, V-E3) and a new
     * bureau with a vacant deputy post at his level and free seats in its post quota.
     */
    private static void data(String suffix, String member, String bureau) throws SQLException {
        String tenant = Units.WENJIANG;
        UUID committee = Units.idOf(tenant, Units.WENJIANG_COMMITTEE);
        UUID unit = UUID.randomUUID();
        UUID cadre = UUID.randomUUID();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'WORKING_DEPARTMENT', ?, 1, ?)",
                    tenant,
                    unit,
                    bureau,
                    committee,
                    POSTS);
            // Enough posts at his level that the solver need not leave him in place for another
            // must-exchange cadre of the county (other tests' or the demo data's).
            for (int i = 0; i < POSTS; i++) {
                execute(
                        db,
                        "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection,"
                                + " sort_order) values (?, ?, ?, '副局长', 'COUNTY_DEPUTY', false, 'APPOINTED', ?)",
                        tenant,
                        UUID.randomUUID(),
                        unit,
                        i);
            }
            execute(
                    db,
                    "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                            + " political_status, management_authority, status, status_since, unit_id)"
                            + " values (?, ?, ?, 'jiaoliu', 'jl', 'MALE', date '1972-05-01', '汉族', 'CPC_MEMBER',"
                            + " 'COUNTY', 'ACTIVE', date '2014-01-01', ?)",
                    tenant,
                    cadre,
                    member,
                    committee);
            execute(
                    db,
                    "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level,"
                            + " principal, main_post, start_date) values (?, ?, ?, ?, ?, '常委', 'COUNTY_DEPUTY',"
                            + " false, true, ?)",
                    tenant,
                    UUID.randomUUID(),
                    cadre,
                    committee,
                    Units.WENJIANG_COMMITTEE,
                    LocalDate.now().minusYears(12));
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
}
