package cn.zugong.core.cadre.excel;

import cn.zugong.core.cadre.CadreAccess;
import cn.zugong.core.cadre.CadreFilter;
import cn.zugong.core.cadre.CadreStream;
import cn.zugong.core.cadre.ListedCadre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes every cadre of a filtered list (all pages) to an .xlsx with the template's columns, so
 * the file can be corrected and imported again. The id-number column is written only for users
 * with the sensitive roles. Streaming: SXSSF keeps a window of {@value #WINDOW} rows in memory
 * and spills the rest to a temporary file, deleted when the workbook is closed.
 */
@ApplicationScoped
public class CadreExport {

    static final int WINDOW = 200;

    @Inject
    CadreStream cadres;

    public void write(CadreFilter filter, OutputStream out) throws IOException {
        boolean sensitive = CadreAccess.canSeeSensitive();
        CadreColumn[] columns = Arrays.stream(CadreColumn.values())
                .filter(c -> sensitive || c != CadreColumn.ID_NUMBER)
                .toArray(CadreColumn[]::new);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(ExcelTexts.get("sheet.cadres"));
            CadreTemplate.Header.write(workbook, sheet, columns);
            int[] next = {1};
            cadres.each(filter, listed -> row(sheet.createRow(next[0]++), columns, listed));
            workbook.write(out);
        }
    }

    private static void row(Row row, CadreColumn[] columns, ListedCadre listed) {
        for (int i = 0; i < columns.length; i++) {
            String text = ExportValues.of(columns[i], listed);
            if (text != null && !text.isEmpty()) {
                row.createCell(i).setCellValue(text);
            }
        }
    }
}
