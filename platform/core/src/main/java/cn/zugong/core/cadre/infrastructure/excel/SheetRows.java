package cn.zugong.core.cadre.infrastructure.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * The SAX callbacks of the first sheet: the first row is the header, matched to the columns by
 * title; every later row that is not blank goes to the handler as a {@link SheetRow}. Refuses a
 * header without a required column and more data rows than the limit.
 */
final class SheetRows implements SheetContentsHandler {

    private final CadreExcelReader.RowHandler handler;
    private final int maxRows;
    private CadreColumn[] columnAt;
    private final Map<CadreColumn, String> cells = new EnumMap<>(CadreColumn.class);
    private final List<String> headerTitles = new ArrayList<>();
    private int dataRows;

    SheetRows(CadreExcelReader.RowHandler handler, int maxRows) {
        this.handler = handler;
        this.maxRows = maxRows;
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        headerTitles.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        String text = value == null ? "" : value.strip();
        int column = columnOf(reference);
        if (columnAt == null) {
            while (headerTitles.size() <= column) {
                headerTitles.add("");
            }
            headerTitles.set(column, text);
        } else if (!text.isEmpty() && column < columnAt.length && columnAt[column] != null) {
            cells.put(columnAt[column], text);
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (columnAt == null) {
            columnAt = header();
        } else if (!cells.isEmpty()) {
            if (++dataRows > maxRows) {
                throw new ExcelFileException("excel.error.rows", maxRows);
            }
            handler.row(new SheetRow(rowNum + 1, cells));
        }
    }

    private CadreColumn[] header() {
        CadreColumn[] columns = headerTitles.stream()
                .map(title -> CadreColumn.ofTitle(title).orElse(null))
                .toArray(CadreColumn[]::new);
        List<CadreColumn> present = Arrays.asList(columns);
        String missing = Arrays.stream(CadreColumn.values())
                .filter(c -> c.required() && !present.contains(c))
                .map(CadreColumn::title)
                .collect(Collectors.joining(ExcelTexts.get("list.separator")));
        if (!missing.isEmpty()) {
            throw new ExcelFileException("excel.error.header", missing);
        }
        return columns;
    }

    /** The zero-based column of a reference such as {@code AB12} (faster than POI's parser). */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    int dataRows() {
        return dataRows;
    }

    boolean sawHeader() {
        return columnAt != null;
    }
}
