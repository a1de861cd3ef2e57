package cn.zugong.core.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The year's tables as an .xlsx in the layout of the page: the basic table (levels by columns,
 * the column groups merged above their columns, a total row), the changes of the year, and the
 * counties with their figures' totals and submission. Texts come from the caller (the user's
 * language): keys {@code statistics.*}.
 */
public final class StatisticsWorkbook {

    /** The column groups above the basic table's columns: key and how many columns each spans. */
    static final List<Object[]> GROUPS = List.of(
            new Object[] {"statistics.group.total", 1},
            new Object[] {"statistics.group.gender", 1},
            new Object[] {"statistics.group.ethnicity", 1},
            new Object[] {"statistics.group.party", 2},
            new Object[] {"statistics.group.education", 5},
            new Object[] {"statistics.group.age", 7});

    private StatisticsWorkbook() {}

    /**
     * Writes the workbook.
     *
     * @param scope the name of what the figures cover (a county, a city, the province)
     * @param figures the figures shown (one county's, or a sum)
     * @param text the text of a message key, with arguments
     */
    public static void write(
            YearStatistics year,
            String scope,
            CountyStatistics figures,
            Function<String, String> countyName,
            TextSource text,
            OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            basic(workbook.createSheet(text.get("statistics.sheet.basic")), year, scope, figures, text);
            changes(workbook.createSheet(text.get("statistics.sheet.changes")), year, scope, figures, text);
            counties(workbook.createSheet(text.get("statistics.sheet.counties")), year, countyName, text);
            workbook.write(out);
        }
    }

    /** Message texts in the user's language. */
    @FunctionalInterface
    public interface TextSource {
        String get(String key, Object... args);
    }

    private static void basic(
            Sheet sheet, YearStatistics year, String scope, CountyStatistics figures, TextSource text) {
        title(sheet, text.get("statistics.table.basic", year.year(), scope), year, text);
        Row groups = sheet.createRow(2);
        Row headers = sheet.createRow(3);
        groups.createCell(0).setCellValue(text.get("statistics.column.level"));
        headers.createCell(0);
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        int column = 1;
        for (Object[] group : GROUPS) {
            int span = (Integer) group[1];
            groups.createCell(column).setCellValue(text.get((String) group[0]));
            if (span > 1) {
                sheet.addMergedRegion(new CellRangeAddress(2, 2, column, column + span - 1));
            }
            column += span;
        }
        StatColumn[] columns = StatColumn.values();
        for (int i = 0; i < columns.length; i++) {
            headers.createCell(i + 1).setCellValue(text.get("statistics.column." + columns[i].name()));
        }
        int r = 4;
        for (StatRow statRow : StatRow.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(text.get("statistics.row." + statRow.name()));
            for (int i = 0; i < columns.length; i++) {
                row.createCell(i + 1).setCellValue(figures.basic(statRow, columns[i]));
            }
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(text.get("statistics.row.TOTAL"));
        for (int i = 0; i < columns.length; i++) {
            total.createCell(i + 1).setCellValue(figures.total(columns[i]));
        }
        sheet.setColumnWidth(0, 16 * 256);
    }

    private static void changes(
            Sheet sheet, YearStatistics year, String scope, CountyStatistics figures, TextSource text) {
        title(sheet, text.get("statistics.table.changes", year.year(), scope), year, text);
        Row headers = sheet.createRow(2);
        Row values = sheet.createRow(3);
        StatChange[] changes = StatChange.values();
        for (int i = 0; i < changes.length; i++) {
            headers.createCell(i).setCellValue(text.get("statistics.change." + changes[i].name()));
            values.createCell(i).setCellValue(figures.change(changes[i]));
        }
    }

    private static void counties(
            Sheet sheet, YearStatistics year, Function<String, String> countyName, TextSource text) {
        title(sheet, text.get("statistics.table.counties", year.year()), year, text);
        Row headers = sheet.createRow(2);
        String[] keys = {
            "statistics.county.code",
            "statistics.county.name",
            "statistics.column.TOTAL",
            "statistics.county.submitted",
            "statistics.county.sha256"
        };
        for (int i = 0; i < keys.length; i++) {
            headers.createCell(i).setCellValue(text.get(keys[i]));
        }
        int r = 3;
        for (YearStatistics.County county : year.counties()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(county.code());
            row.createCell(1).setCellValue(countyName.apply(county.code()));
            row.createCell(2).setCellValue(county.figures().total(StatColumn.TOTAL));
            row.createCell(3)
                    .setCellValue(county.submission()
                            .map(s -> text.get(
                                    "statistics.county.submittedOn",
                                    s.getSubmittedAt().toString()))
                            .orElse(text.get("statistics.county.notSubmitted")));
            row.createCell(4)
                    .setCellValue(county.submission()
                            .map(StatisticsSubmission::getSha256)
                            .orElse(""));
        }
    }

    private static void title(Sheet sheet, String title, YearStatistics year, TextSource text) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.createRow(1)
                .createCell(0)
                .setCellValue(text.get(
                        "statistics.referenceDate", year.referenceDate().toString()));
    }
}
