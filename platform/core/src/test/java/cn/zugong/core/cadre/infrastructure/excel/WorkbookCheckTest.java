package cn.zugong.core.cadre.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first pass of an import over workbooks built with POI: every problem with its row, column and key. */
class WorkbookCheckTest {

    private static final ExcelLimits LIMITS = new ExcelLimits(100, 1000, 64L * 1024 * 1024, 0.01);
    private static final String TAKEN = Ids.valid("51011519750505001");
    private static final TenantFacts FACTS = new TenantFacts(
            Map.of("区委组织部", List.of(UUID.randomUUID()), "综合办公室", List.of(UUID.randomUUID(), UUID.randomUUID())),
            Set.of(TAKEN));

    @TempDir
    Path dir;

    private WorkbookCheck.Result check(List<Map<String, Object>> rows) throws Exception {
        return WorkbookCheck.run(Sheets.write(dir, rows), FACTS, LIMITS, ImportProgress.NONE);
    }

    @Test
    void goodRowsHaveNoProblems() throws Exception {
        List<Map<String, Object>> rows = Sheets.rows(5);
        rows.get(1).put("出生日期", LocalDate.of(1980, 1, 1));
        rows.get(2).put("出生日期", "1980-1-1");

        WorkbookCheck.Result result = check(rows);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(5);
    }

    @Test
    void everyBadCellIsReportedWithItsExcelRowColumnTitleAndKey() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>(Sheets.rows(8));
        rows.get(0).put("出生日期", "1980年13月");
        rows.get(1).put("性别", "男性");
        rows.get(2).put("身份证号", Ids.badCheck("51011519800101051"));
        rows.get(4).put("身份证号", rows.get(3).get("身份证号"));
        rows.get(5).put("所在单位", "不存在的单位");
        rows.get(6).remove("民族");
        rows.get(7).put("所在单位", "综合办公室");

        List<RowProblem> problems = check(rows).problems();

        assertThat(problems)
                .extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "出生日期", "excel.error.date"),
                        org.assertj.core.groups.Tuple.tuple(3, "性别", "excel.error.choice"),
                        org.assertj.core.groups.Tuple.tuple(4, "身份证号", "idnumber.error.checkDigit"),
                        org.assertj.core.groups.Tuple.tuple(6, "身份证号", "excel.error.id.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(7, "所在单位", "excel.error.unit.unknown"),
                        org.assertj.core.groups.Tuple.tuple(8, "民族", "cadre.error.required"),
                        org.assertj.core.groups.Tuple.tuple(9, "所在单位", "excel.error.unit.ambiguous"));
        assertThat(problems.get(1).args()).first().isEqualTo("男性");
        assertThat(problems.get(3).args()).containsExactly(rows.get(4).get("身份证号"), 5);
    }

    @Test
    void anIdNumberOfTheTenantAndRuleBreachesOfTheValidatorAreReported() throws Exception {
        List<Map<String, Object>> rows = Sheets.rows(3);
        rows.get(0).put("身份证号", TAKEN);
        rows.get(0).put("出生日期", "197505");
        rows.get(1).put("性别", "女");
        rows.get(2).remove("入党时间");

        List<RowProblem> problems = check(rows).problems();

        assertThat(problems)
                .extracting(RowProblem::row, RowProblem::column, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "身份证号", "cadre.error.id-number.taken"),
                        org.assertj.core.groups.Tuple.tuple(3, "身份证号", "cadre.error.id-number.gender"),
                        org.assertj.core.groups.Tuple.tuple(4, "入党时间", "cadre.error.form-date"));
    }

    @Test
    void aRowWithSeveralBadCellsReportsEachOfThem() throws Exception {
        List<Map<String, Object>> rows = Sheets.rows(1);
        rows.get(0).remove("姓名");
        rows.get(0).put("政治面貌", "党员?");
        rows.get(0).put("状态", "离职");

        assertThat(check(rows).problems()).extracting(RowProblem::column).containsExactlyInAnyOrder("姓名", "政治面貌", "状态");
    }

    @Test
    void aFileThatIsNotXlsxIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("cadres.xlsx"), "姓名,性别\n张三,男\n");

        assertThatThrownBy(() -> WorkbookCheck.run(text, FACTS, LIMITS, ImportProgress.NONE))
                .isInstanceOf(ExcelFileException.class)
                .extracting(e -> ((ExcelFileException) e).messageKey())
                .isEqualTo("excel.error.not-xlsx");
    }

    @Test
    void anEmptyFileIsRefusedAsNoWorkbookNotAsAServerError() throws Exception {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertThatThrownBy(() -> WorkbookCheck.run(empty, FACTS, LIMITS, ImportProgress.NONE))
                .isInstanceOf(ExcelFileException.class)
                .extracting(e -> ((ExcelFileException) e).messageKey())
                .isEqualTo("excel.error.not-xlsx");
    }

    @Test
    void aFileOverTheRowLimitIsRefused() throws Exception {
        Path file = Sheets.write(dir, Sheets.rows(11));

        assertThatThrownBy(() -> WorkbookCheck.run(file, FACTS, LIMITS.withMaxRows(10), ImportProgress.NONE))
                .isInstanceOf(ExcelFileException.class)
                .extracting(e -> ((ExcelFileException) e).messageKey(), e -> ((ExcelFileException) e).args())
                .containsExactly("excel.error.rows", List.of(10));
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefused() throws Exception {
        Path file = Sheets.write(dir, Sheets.rows(1));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            workbook.getSheetAt(0)
                    .getRow(0)
                    .getCell(CadreColumn.STATUS.ordinal())
                    .setCellValue("备注");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThatThrownBy(() -> WorkbookCheck.run(file, FACTS, LIMITS, ImportProgress.NONE))
                .isInstanceOf(ExcelFileException.class)
                .extracting(e -> ((ExcelFileException) e).args())
                .isEqualTo(List.of("状态"));
    }
}
