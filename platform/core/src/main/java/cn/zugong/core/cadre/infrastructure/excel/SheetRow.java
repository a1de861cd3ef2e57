package cn.zugong.core.cadre.infrastructure.excel;

import java.util.EnumMap;
import java.util.Map;

/**
 * The texts of one data row, by column: stripped, never empty (an empty cell is absent).
 *
 * @param number the row number as Excel shows it (the header is row 1)
 */
public record SheetRow(int number, Map<CadreColumn, String> cells) {

    public SheetRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    /** The cell's text, or null when it is empty or the column is not in the file. */
    public String text(CadreColumn column) {
        return cells.get(column);
    }
}
