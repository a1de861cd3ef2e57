package cn.zugong.core.cadre.infrastructure.excel;

import java.util.List;

/**
 * One problem of one imported row.
 *
 * @param row the row number as Excel shows it (the header is row 1)
 * @param column the column's title in the file
 * @param messageKey the key of the reason in the portal's message bundles
 * @param args the {@code MessageFormat} arguments of that message (usually the cell's text first)
 */
public record RowProblem(int row, String column, String messageKey, List<Object> args) {

    public RowProblem {
        args = List.copyOf(args);
    }
}
