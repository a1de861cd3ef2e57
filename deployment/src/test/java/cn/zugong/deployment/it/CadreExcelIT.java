package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The Excel import through the browser: a workbook with one bad row among good ones is refused as
 * a whole, its problem shown with row, column and reason, and nothing is written; the corrected
 * workbook imports every row, which the list then shows; the other county never sees them.
 */
@ExtendWith(FullStack.class)
class CadreExcelIT {

    private static final List<String> TITLES = List.of("姓名", "性别", "出生日期", "民族", "政治面貌", "入党时间", "所在单位", "管理权限", "状态");
    private static final List<String> NAMES = List.of("表导甲", "表导乙", "表导丙");

    private static Path workbook(String badGender) throws Exception {
        Path file = Files.createTempDirectory("zugong-excel-it").resolve("cadres.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("cadres");
            write(sheet.createRow(0), TITLES);
            for (int i = 0; i < NAMES.size(); i++) {
                String gender = i == 1 ? badGender : "女";
                write(
                        sheet.createRow(i + 1),
                        List.of(
                                NAMES.get(i),
                                gender,
                                "19850" + (i + 3),
                                "汉族",
                                "中共党员",
                                "200907",
                                Units.WENJIANG_COMMITTEE,
                                "县委管理",
                                "在职"));
            }
            workbook.write(out);
        }
        return file;
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    @Test
    void aBadRowRefusesTheWholeFileThenTheGoodFileImportsForWenjiangOnly() throws Exception {
        int before = Cadres.count(Units.WENJIANG, null);
        try (Browser browser = Browser.as("wenjiang-officer", "cadres/import")) {
            browser.upload("excel-upload", workbook("男性"));

            browser.wait.until(d -> gridHasReason(browser));
            List<String> cells = browser.gridTexts();
            assertThat(cells).contains("3", "性别");
            assertThat(cells).anyMatch(text -> text.contains("男性") && text.contains("下拉列表"));
            assertThat(browser.driver.findElement(By.id("excel-result")).getText())
                    .contains("1 个问题");
            assertThat(Cadres.count(Units.WENJIANG, null)).isEqualTo(before);
            assertThat(Cadres.count(Units.WENJIANG, NAMES.get(0))).isZero();

            browser.upload("excel-upload", workbook("女"));

            browser.wait.until(
                    d -> d.findElement(By.id("excel-result")).getText().contains("已导入 3 名干部"));
            assertThat(Cadres.count(Units.WENJIANG, null)).isEqualTo(before + 3);
            browser.go("cadres");
            browser.driver.findElement(By.cssSelector("#cadre-search input")).sendKeys("表导");
            browser.waitForGridText(NAMES.get(2));
            assertThat(browser.gridTexts()).containsAll(NAMES);
        }
        try (Browser pidu = Browser.as("pidu-officer", "cadres")) {
            pidu.driver.findElement(By.cssSelector("#cadre-search input")).sendKeys("表导");
            pidu.wait.until(d -> d.findElement(By.id("cadre-count")).getText().equals("共 0 人"));
            assertThat(pidu.gridTexts()).doesNotContainAnyElementsOf(NAMES);
        }
        assertThat(Cadres.count(Units.PIDU, NAMES.get(0))).isZero();
    }

    @Test
    void theSupervisorCannotImport() throws Exception {
        try (Browser browser = Browser.as("sichuan-supervisor", "cadres/import")) {
            browser.wait.until(d -> browser.present("excel-readonly"));

            assertThat(browser.present("excel-upload")).isFalse();
        }
    }

    private static boolean gridHasReason(Browser browser) {
        return browser.gridTexts().stream().anyMatch(text -> text.contains("男性"));
    }
}
