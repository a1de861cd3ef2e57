package cn.zugong.core.cadre.infrastructure.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The problems of a refused import as an .xlsx: row, column and reason, the reason already
 * translated by the caller (the texts are in the portal's message bundles).
 */
public final class ProblemSheet {

    private ProblemSheet() {}

    /**
     * @param headers the three column titles (row, column, reason) in the reader's language
     * @param reason the translated reason of a problem
     */
    public static void write(
            List<RowProblem> problems, List<String> headers, Function<RowProblem, String> reason, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(CadreExport.WINDOW)) {
            Sheet sheet = workbook.createSheet(ExcelTexts.get("sheet.problems"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(2, 100 * 256);
            int next = 1;
            for (RowProblem problem : problems) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(problem.row());
                row.createCell(1).setCellValue(problem.column());
                row.createCell(2).setCellValue(reason.apply(problem));
            }
            workbook.write(out);
        }
    }
}
