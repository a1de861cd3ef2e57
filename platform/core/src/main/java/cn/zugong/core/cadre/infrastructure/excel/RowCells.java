package cn.zugong.core.cadre.infrastructure.excel;

import cn.zugong.core.cadre.domain.Cadre;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The cells of one row as typed values, collecting the problems found (one per column). */
final class RowCells {

    private final SheetRow row;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<CadreColumn> failed = EnumSet.noneOf(CadreColumn.class);

    RowCells(SheetRow row) {
        this.row = row;
    }

    int row() {
        return row.number();
    }

    /** The cell's text as typed, or null. */
    String raw(CadreColumn column) {
        return row.text(column);
    }

    /** The text shown in messages: the cell's text, or empty. */
    String shown(CadreColumn column) {
        String text = row.text(column);
        return text == null ? "" : text;
    }

    /** The text, refused when longer than the column keeps. */
    String text(CadreColumn column) {
        String text = row.text(column);
        if (text != null && column.maxLength() > 0 && text.length() > column.maxLength()) {
            problem(column, "excel.error.too-long", text.length(), column.maxLength());
            return null;
        }
        return text;
    }

    /** The coded value whose form text (or alias) the cell holds, or null with a problem. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <E extends Enum<E>> E coded(CadreColumn column) {
        String text = row.text(column);
        if (text == null) {
            return null;
        }
        E value = (E) RowChecker.parse((Class) column.coded(), text);
        if (value == null) {
            problem(column, "excel.error.choice", text, RowChecker.choices(column));
        }
        return value;
    }

    void birth(Cadre cadre) {
        String text = row.text(CadreColumn.BIRTH_DATE);
        if (text == null) {
            return;
        }
        ExcelDates.birth(text)
                .ifPresentOrElse(
                        birth -> {
                            cadre.setBirthDate(birth.date());
                            cadre.setBirthDayKnown(birth.dayKnown());
                        },
                        () -> problem(CadreColumn.BIRTH_DATE, "excel.error.date", text));
    }

    void problem(CadreColumn column, String messageKey, Object... args) {
        if (failed.add(column)) {
            problems.add(new RowProblem(row.number(), column.title(), messageKey, List.of(args)));
        }
    }

    boolean hasProblem(CadreColumn column) {
        return failed.contains(column);
    }

    List<RowProblem> problems() {
        return problems;
    }
}
