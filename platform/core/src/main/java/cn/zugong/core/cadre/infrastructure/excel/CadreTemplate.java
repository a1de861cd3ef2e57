package cn.zugong.core.cadre.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The import template: a sheet with the header row of {@link CadreColumn} titles (frozen, bold,
 * required columns marked by colour), drop-down lists of the form texts on every coded column,
 * text format on the id-number and date columns so that Excel keeps them as typed, column widths;
 * and a second sheet with the filling instructions.
 */
public final class CadreTemplate {

    private final int maxRows;

    public CadreTemplate(ExcelLimits limits) {
        this.maxRows = limits.maxRows();
    }

    public void write(OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(ExcelTexts.get("sheet.cadres"));
            Header.write(workbook, sheet, CadreColumn.values());
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (CadreColumn column : CadreColumn.values()) {
                int index = column.ordinal();
                if (column == CadreColumn.ID_NUMBER
                        || column == CadreColumn.BIRTH_DATE
                        || column == CadreColumn.PARTY_JOINED
                        || column == CadreColumn.WORK_STARTED) {
                    sheet.setDefaultColumnStyle(index, text);
                }
                if (!column.choices().isEmpty()) {
                    DataValidation list = validations.createValidation(
                            validations.createExplicitListConstraint(
                                    column.choices().toArray(String[]::new)),
                            new CellRangeAddressList(1, maxRows, index, index));
                    list.setShowErrorBox(true);
                    list.setSuppressDropDownArrow(true);
                    sheet.addValidationData(list);
                }
            }
            notes(workbook);
            workbook.write(out);
        }
    }

    private void notes(Workbook workbook) {
        Sheet notes = workbook.createSheet(ExcelTexts.get("sheet.notes"));
        notes.setColumnWidth(0, 120 * 256);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        Row first = notes.createRow(0);
        first.createCell(0).setCellValue(ExcelTexts.get("notes.title"));
        first.getCell(0).setCellStyle(title);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 1; ExcelTexts.has("notes." + i); i++) {
            Row row = notes.createRow(i + 1);
            row.createCell(0).setCellValue(ExcelTexts.get("notes." + i, String.valueOf(maxRows)));
            row.getCell(0).setCellStyle(wrap);
        }
    }

    /** The header row shared by the template and the export. */
    static final class Header {

        private Header() {}

        static void write(Workbook workbook, Sheet sheet, CadreColumn... columns) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle plain = headerStyle(workbook, bold, IndexedColors.GREY_25_PERCENT);
            CellStyle required = headerStyle(workbook, bold, IndexedColors.LIGHT_YELLOW);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].title());
                header.getCell(i).setCellStyle(columns[i].required() ? required : plain);
                sheet.setColumnWidth(i, columns[i].width() * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        private static CellStyle headerStyle(Workbook workbook, Font font, IndexedColors fill) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(fill.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }
}
