package cn.zugong.core.cadre.infrastructure.excel;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.application.CadreStream;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.ListedCadre;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
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

    @Inject
    AuditTrail audit;

    public void write(CadreFilter filter, OutputStream out) throws IOException {
        boolean sensitive = CountyAccess.canSeeSensitive();
        CadreColumn[] columns = Arrays.stream(CadreColumn.values())
                .filter(c -> sensitive || c != CadreColumn.ID_NUMBER)
                .toArray(CadreColumn[]::new);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(ExcelTexts.get("sheet.cadres"));
            CadreTemplate.Header.write(workbook, sheet, columns);
            int[] next = {1};
            cadres.each(filter, listed -> row(sheet.createRow(next[0]++), columns, listed));
            workbook.write(out);
            recordExport(filter, next[0] - 1);
        }
    }

    /** An export is a sensitive read: recorded in the chain of every county the list covered. */
    private void recordExport(CadreFilter filter, int rows) {
        String after = AuditJson.of(Map.of("rows", rows, "filter", filter.toString()));
        for (TenantId tenant : TenancyHolder.current().readable()) {
            audit.record(tenant, "cadre.list.export", "cadre-list", null, rows + " rows", null, after);
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
