package cn.zugong.core.cadre.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rows read by a plugin's file format, written as the platform's cadre workbook, so that the
 * import checks them exactly as a workbook a clerk filled in.
 */
public final class ForeignRows {

    private ForeignRows() {}

    /** Writes the rows (by column key, see {@link CadreColumn#field()}) under the workbook's header. */
    public static void write(List<Map<String, String>> rows, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(ExcelTexts.get("sheet.cadres"));
            CadreTemplate.Header.write(workbook, sheet, CadreColumn.values());
            int next = 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.createRow(next++);
                for (CadreColumn column : CadreColumn.values()) {
                    String text = values.get(column.field());
                    if (text != null && !text.isBlank()) {
                        row.createCell(column.ordinal()).setCellValue(text.strip());
                    }
                }
            }
            workbook.write(out);
        }
    }
}
