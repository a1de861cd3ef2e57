package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 19 item 6, cross-county transfer (县际交流): the province's department proposes to move a
 * Wenjiang cadre (made by the test, with a post history, a family member, an assessment, a reward
 * and a credited training course) to Pidu; Pidu sees the proposal and nothing else of Wenjiang;
 * both tenant-admins accept; the file and its training record are now Pidu's and open for Pidu's
 * officer; Wenjiang's officer sees the record marked transferred out, without any edit action; both
 * counties' audit chains record the move and verify.
 */
@ExtendWith(FullStack.class)
class CadreTransferIT {

    private static final String ROTATION = "县际交流";
    private static final String TRAINING = "培训班次";

    private record Moving(UUID id, String name, String idNumber, String unit, String course) {}

    @Test
    void theProvinceMovesAWenjiangCadreToPiduWithHisTrainingAndBothChainsVerify() throws Exception {
        Moving cadre = moving();
        TrainingRows.credited(Units.WENJIANG, cadre.id(), cadre.course());
        Plugins.setEnabled("sichuan-admin", "rotation", ROTATION, true);
        Plugins.setEnabled("wenjiang-admin", "rotation", ROTATION, true);
        Plugins.setEnabled("pidu-admin", "rotation", ROTATION, true);
        Plugins.setEnabled("pidu-admin", "training", TRAINING, true);
        try {
            try (Browser province = Browser.as("sichuan-officer", "rotation/transfers")) {
                province.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotation-transfer-form")));
                province.choose("rotation-transfer-from", "vaadin-combo-box-item", "温江区委组织部 510115");
                province.choose("rotation-transfer-to", "vaadin-combo-box-item", "郫都区委组织部 510117");
                province.type("rotation-transfer-idnumber", cadre.idNumber());
                province.type("rotation-transfer-name", cadre.name());
                province.driver
                        .findElement(By.cssSelector("#rotation-transfer-reason textarea"))
                        .sendKeys("培养性交流");
                province.click("rotation-transfer-propose");
                province.waitForGridText(cadre.name());
                assertThat(province.driver
                                .findElement(By.id("rotation-transfer-outcome"))
                                .getText())
                        .contains("已提出");
            }

            try (Browser pidu = Browser.as("pidu-admin", "rotation/transfers")) {
                pidu.waitForGridText(cadre.name());
                assertThat(pidu.driver
                                .findElement(By.id("rotation-transfer-grid"))
                                .getText())
                        .contains(cadre.unit() + "局长", "温江区委组织部", "待本县（区）答复");
                select(pidu, cadre.name());
                pidu.click("rotation-transfer-accept");
                pidu.wait.until(d -> d.findElement(By.id("rotation-transfer-outcome"))
                        .getText()
                        .contains("待另一县（区）答复"));
            }
            assertThat(fileIn(Units.PIDU, cadre.idNumber()))
                    .as("nothing of the cadre in Pidu before Wenjiang accepts")
                    .isEmpty();
            try (Browser piduOfficer = Browser.as("pidu-officer", "cadres/" + cadre.id())) {
                piduOfficer.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadre-not-found")));
            }

            try (Browser wenjiang = Browser.as("wenjiang-admin", "rotation/transfers")) {
                wenjiang.waitForGridText(cadre.name());
                select(wenjiang, cadre.name());
                wenjiang.click("rotation-transfer-accept");
                wenjiang.wait.until(d -> d.findElement(By.id("rotation-transfer-outcome"))
                        .getText()
                        .contains("档案已移交"));
            }
            UUID moved = fileIn(Units.PIDU, cadre.idNumber()).orElseThrow();

            try (Browser pidu = Browser.as("pidu-officer", "cadres/" + moved)) {
                pidu.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cadre-name")));
                assertThat(pidu.driver.findElement(By.id("cadre-name")).getText())
                        .isEqualTo(cadre.name());
                assertThat(pidu.present("cadre-save")).isTrue();
                tab(pidu, "任职经历");
                pidu.waitForGridText(cadre.unit());
                assertThat(pidu.gridTexts()).contains("温江区商务局");
                tab(pidu, "家庭成员及社会关系");
                pidu.waitForGridText("李梅");
                tab(pidu, "年度考核");
                pidu.waitForGridText("2024");
                pidu.go("training/cadre?cadre=" + moved);
                pidu.wait.until(d ->
                        d.findElement(By.id("training-cadre-record")).getText().contains(cadre.course()));
            }

            try (Browser wenjiang = Browser.as("wenjiang-officer", "cadres/" + cadre.id())) {
                wenjiang.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cadre-transferred-out")));
                assertThat(wenjiang.driver
                                .findElement(By.id("cadre-transferred-out"))
                                .getText())
                        .contains("调出", "郫都区委组织部", LocalDate.now().toString());
                for (String control : List.of(
                        "cadre-save",
                        "photo-upload",
                        "holding-add",
                        "family-add",
                        "assessment-add",
                        "reward-add",
                        "status-change",
                        "resume-save")) {
                    assertThat(wenjiang.driver.findElements(By.id(control)))
                            .as(control)
                            .isEmpty();
                }
                tab(wenjiang, "状态变更");
                wenjiang.wait.until(d -> wenjiang.gridTexts().stream().anyMatch(t -> t.contains("510117")));
            }

            assertThat(Cadres.auditActions(Units.WENJIANG, cadre.id(), null)).contains("cadre.transfer.out");
            assertThat(Cadres.auditActions(Units.PIDU, moved, null)).contains("cadre.transfer.in");
            for (String county : new String[] {"温江区委组织部", "郫都区委组织部"}) {
                try (Browser auditor = Browser.as("platform-auditor", "admin/audit")) {
                    auditor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-verify")));
                    auditor.choose("audit-verify-tenant", "vaadin-select-item", county);
                    auditor.driver.findElement(By.id("audit-verify")).click();
                    auditor.wait.until(d -> !d.findElement(By.id("audit-verify-result"))
                            .getText()
                            .isBlank());
                    assertThat(auditor.driver
                                    .findElement(By.id("audit-verify-result"))
                                    .getText())
                            .as(county)
                            .startsWith("哈希链完整");
                }
            }
        } finally {
            Plugins.setEnabled("pidu-admin", "training", TRAINING, false);
            Plugins.setEnabled("pidu-admin", "rotation", ROTATION, false);
            Plugins.setEnabled("wenjiang-admin", "rotation", ROTATION, false);
            Plugins.setEnabled("sichuan-admin", "rotation", ROTATION, false);
        }
    }

    private static void tab(Browser browser, String label) {
        browser.wait.until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(label)));
        browser.driver.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .click();
    }

    /** Selects the grid row showing the text. */
    private static void select(Browser browser, String text) {
        browser.driver.findElements(By.cssSelector("#rotation-transfer-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals(text))
                .findFirst()
                .orElseThrow()
                .click();
        browser.settled();
    }

    /** The id of the file kept under that identity number in the county, read as the county would. */
    private static Optional<UUID> fileIn(String county, String idNumber) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, county, county);
            try (PreparedStatement select = db.prepareStatement("select id from cadre where id_number = ?")) {
                select.setString(1, idNumber);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
            } finally {
                db.rollback();
            }
        }
    }

    /**
     * A Wenjiang cadre of the test's own: a valid identity number of its own, a past and a current
     * post, a wife, an assessment and a reward.
     */
    private static Moving moving() throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.randomUUID();
        String name = "交流" + suffix;
        String idNumber = idNumber();
        String unit = "县际交流测试局" + suffix;
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            execute(
                    db,
                    "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                            + " id_number, political_status, management_authority, status, status_since, current_post)"
                            + " values (?, ?, ?, 'jiaoliu', 'jl', 'MALE', date '1980-01-01', '汉族', ?, 'CPC_MEMBER',"
                            + " 'COUNTY', 'ACTIVE', date '2020-01-01', ?)",
                    Units.WENJIANG,
                    id,
                    name,
                    idNumber,
                    unit + "局长");
            execute(
                    db,
                    "insert into post_holding (tenant_id, id, cadre_id, unit_name, title, start_date, end_date)"
                            + " values (?, ?, ?, '温江区商务局', '副局长', date '2012-03-01', date '2016-05-01')",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    id);
            execute(
                    db,
                    "insert into post_holding (tenant_id, id, cadre_id, unit_name, title, start_date)"
                            + " values (?, ?, ?, ?, '局长', date '2016-05-01')",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    id,
                    unit);
            execute(
                    db,
                    "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name)"
                            + " values (?, ?, ?, 0, '妻子', 'SPOUSE', '李梅')",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    id);
            execute(
                    db,
                    "insert into assessment (tenant_id, id, cadre_id, assessment_year, grade)"
                            + " values (?, ?, ?, 2024, 'EXCELLENT')",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    id);
            execute(
                    db,
                    "insert into reward_punishment (tenant_id, id, cadre_id, kind, decided_on, title)"
                            + " values (?, ?, ?, 'REWARD', date '2023-06-01', '嘉奖')",
                    Units.WENJIANG,
                    UUID.randomUUID(),
                    id);
            db.commit();
        }
        return new Moving(id, name, idNumber, unit, "县际交流培训班" + suffix);
    }

    /** A random identity number of a man born 1980-01-01 in Wenjiang, with its GB 11643 check digit. */
    private static String idNumber() {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays((long) (Math.random() * 7000));
        String body = "510115" + born.toString().replace("-", "") + String.format("%02d", (int) (Math.random() * 100))
                + (1 + 2 * (int) (Math.random() * 5));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
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
