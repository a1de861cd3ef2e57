package cn.zugong.core.cadre.infrastructure.print;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.domain.form.AppointmentForm.Relative;
import java.util.ArrayList;
import java.util.List;

/**
 * The family and important social relations table: relation, name, age at the form's reference
 * date (blank for a relative who has died), political status, work unit and post. It shows at
 * least the paper form's seven rows; more relatives make the rows lower, down to a legible
 * height, and relatives past that go to the continuation page.
 */
final class FamilyTable {

    private static final int PAPER_ROWS = 7;
    private static final float HEADER = 16;
    private static final float MIN_ROW = 13;
    /** Widths of relation, name, age, political status, work unit; together the table's value columns. */
    private static final float[] COLUMNS = {48, 60, 34, 60, 259};

    private static final CellStyle CELL = new CellStyle(9, CellStyle.VALUE.alignment(), true, false);
    private static final CellStyle UNIT = new CellStyle(9, CellStyle.LINE.alignment(), true, false);
    private static final String[] HEADERS = {
        "family.relation", "family.name", "family.age", "family.politicalStatus", "family.workUnit"
    };

    private final FormLabels labels;
    private final CellWriter cells;
    private final FormGrid grid;

    FamilyTable(FormLabels labels, CellWriter cells, FormGrid grid) {
        this.labels = labels;
        this.cells = cells;
        this.grid = grid;
    }

    /** Draws the table below top and returns its bottom edge. */
    float draw(AppointmentForm form, float top, float height) {
        Box labelCell = FormGrid.span(0, 1, top, height);
        grid.label(labelCell, "family");
        float left = labelCell.right();
        for (int column = 0; column < COLUMNS.length; column++) {
            grid.label(cell(left, column, top, HEADER), HEADERS[column]);
        }
        List<Relative> family = form.family();
        int capacity = (int) ((height - HEADER) / MIN_ROW);
        int rows = Math.max(PAPER_ROWS, Math.min(family.size(), capacity));
        float rowHeight = (height - HEADER) / rows;
        boolean continues = family.size() > rows;
        int shown = continues ? rows - 1 : family.size();
        float rowTop = top - HEADER;
        for (int row = 0; row < rows; row++, rowTop -= rowHeight) {
            if (continues && row == rows - 1) {
                Box rest = new Box(left, rowTop - rowHeight, sum(), rowHeight);
                grid.value(rest, labels.get("continued.marker"), CELL, labels.oneLine("family"));
                continue;
            }
            String[] values = row < shown ? values(family.get(row), form.ageReference()) : new String[COLUMNS.length];
            for (int column = 0; column < COLUMNS.length; column++) {
                grid.value(
                        cell(left, column, rowTop, rowHeight),
                        values[column],
                        column == COLUMNS.length - 1 ? UNIT : CELL,
                        labels.oneLine("family") + " " + labels.oneLine(HEADERS[column]));
            }
        }
        if (continues) {
            List<String> lines = new ArrayList<>();
            for (Relative relative : family.subList(shown, family.size())) {
                lines.add(String.join("  ", values(relative, form.ageReference())));
            }
            cells.continueElsewhere(labels.oneLine("family"), lines);
        }
        return top - height;
    }

    private String[] values(Relative relative, String ageReference) {
        return new String[] {
            nullToEmpty(relative.relation()),
            nullToEmpty(relative.name()),
            age(relative, ageReference),
            nullToEmpty(relative.politicalStatus()),
            nullToEmpty(relative.workUnitAndPost())
        };
    }

    private String age(Relative relative, String ageReference) {
        String unit = nullToEmpty(relative.workUnitAndPost());
        if (labels.list("deceased").stream().anyMatch(unit::contains)) {
            return "";
        }
        return FormDates.age(relative.birth(), ageReference).stream()
                .mapToObj(Integer::toString)
                .findFirst()
                .orElse("");
    }

    private static Box cell(float left, int column, float top, float height) {
        float x = left;
        for (int i = 0; i < column; i++) {
            x += COLUMNS[i];
        }
        return new Box(x, top - height, COLUMNS[column], height);
    }

    private static float sum() {
        float total = 0;
        for (float width : COLUMNS) {
            total += width;
        }
        return total;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
