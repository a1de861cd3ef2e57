package cn.zugong.core.cadre.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The import template opens with POI and has the titles, the drop-down lists and the notes. */
class CadreTemplateTest {

    private static XSSFWorkbook template() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CadreTemplate(new ExcelLimits(1000, 10, 1L << 20, 0.01)).write(out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theHeaderRowHoldsTheChineseTitlesInOrder() throws Exception {
        try (XSSFWorkbook workbook = template()) {
            Row header = workbook.getSheetAt(0).getRow(0);

            List<String> titles = IntStream.range(0, header.getLastCellNum())
                    .mapToObj(i -> header.getCell(i).getStringCellValue())
                    .toList();

            assertThat(titles)
                    .startsWith("姓名", "性别", "出生日期", "民族", "籍贯", "出生地", "成长地", "身份证号")
                    .endsWith("所在单位", "现任职务", "职务层次", "职级", "管理权限", "状态")
                    .hasSize(25);
            assertThat(workbook.getSheetAt(0).getColumnWidth(CadreColumn.UNIT.ordinal()))
                    .isGreaterThan(workbook.getSheetAt(0).getColumnWidth(CadreColumn.GENDER.ordinal()));
        }
    }

    @Test
    void everyCodedColumnHasADropDownOfTheFormTexts() throws Exception {
        try (XSSFWorkbook workbook = template()) {
            XSSFSheet sheet = workbook.getSheetAt(0);

            List<? extends DataValidation> validations = sheet.getDataValidations();

            assertThat(validations).hasSize(9);
            DataValidation gender = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == CadreColumn.GENDER.ordinal())
                    .findFirst()
                    .orElseThrow();
            assertThat(gender.getValidationConstraint().getExplicitListValues()).containsExactly("男", "女");
            assertThat(gender.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(1);
            assertThat(gender.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(1000);
            assertThat(validations)
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .contains("县委管理", "单位管理"));
        }
    }

    @Test
    void theNotesSheetExplainsTheRequiredColumnsAndTheLimit() throws Exception {
        try (XSSFWorkbook workbook = template()) {
            var notes = workbook.getSheet("填写说明");

            String text = IntStream.rangeClosed(0, notes.getLastRowNum())
                    .mapToObj(notes::getRow)
                    .filter(java.util.Objects::nonNull)
                    .map(r -> r.getCell(0).getStringCellValue())
                    .reduce("", String::concat);

            assertThat(text).contains("必填项", "下拉列表", "1000 行");
        }
    }
}
