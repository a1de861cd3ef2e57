package cn.zugong.ui.oversight;

import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.StatChange;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.statistics.StatRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The year's two tables for what the page shows (a county, a city, the whole scope): the basic
 * table (levels by gender, ethnicity, party, education and age band, the column groups joined
 * above, a total row) and the changes of the year. Each number is a span with an id ({@code
 * stat-<row>-<column>}, {@code stat-change-<change>}) for the reader and the browser tests.
 */
class StatisticsTables extends VerticalLayout {

    /** A row of the basic table; {@code row} null for the total. */
    record Line(StatRow row) {}

    /** The column groups: first column of each and how many columns it spans, as in the workbook. */
    static final List<Object[]> GROUPS = List.of(
            new Object[] {"statistics.group.total", StatColumn.TOTAL, 1},
            new Object[] {"statistics.group.gender", StatColumn.FEMALE, 1},
            new Object[] {"statistics.group.ethnicity", StatColumn.MINORITY, 1},
            new Object[] {"statistics.group.party", StatColumn.CPC, 2},
            new Object[] {"statistics.group.education", StatColumn.POSTGRADUATE, 5},
            new Object[] {"statistics.group.age", StatColumn.AGE_35_OR_UNDER, 7});

    final Grid<Line> basic = new Grid<>();
    final Grid<CountyStatistics> changes = new Grid<>();
    private final H3 basicTitle = new H3();
    private final H3 changesTitle = new H3();
    private CountyStatistics figures = CountyStatistics.EMPTY;

    StatisticsTables() {
        setPadding(false);
        basic.setId("statistics-basic");
        basic.setAllRowsVisible(true);
        basic.addColumn(l -> getTranslation(
                        "statistics.row." + (l.row() == null ? "TOTAL" : l.row().name())))
                .setHeader(getTranslation("statistics.column.level"))
                .setAutoWidth(true)
                .setFrozen(true);
        List<Grid.Column<Line>> columns = new ArrayList<>();
        for (StatColumn column : StatColumn.values()) {
            columns.add(basic.addComponentColumn(l -> cell(l, column))
                    .setHeader(getTranslation("statistics.column." + column.name()))
                    .setKey(column.name())
                    .setAutoWidth(true));
        }
        HeaderRow groups = basic.prependHeaderRow();
        for (Object[] group : GROUPS) {
            int first = ((StatColumn) group[1]).ordinal();
            int span = (Integer) group[2];
            String text = getTranslation((String) group[0]);
            if (span == 1) {
                groups.getCell(columns.get(first)).setText(text);
            } else {
                groups.join(columns.subList(first, first + span).toArray(Grid.Column[]::new))
                        .setText(text);
            }
        }
        changes.setId("statistics-changes");
        changes.setAllRowsVisible(true);
        for (StatChange change : StatChange.values()) {
            changes.addComponentColumn(f -> number("stat-change-" + change.name(), f.change(change)))
                    .setHeader(getTranslation("statistics.change." + change.name()))
                    .setKey(change.name())
                    .setAutoWidth(true);
        }
        add(basicTitle, basic, changesTitle, changes);
    }

    void show(int year, String scope, CountyStatistics shown) {
        this.figures = shown;
        basicTitle.setText(getTranslation("statistics.table.basic", year, scope));
        changesTitle.setText(getTranslation("statistics.table.changes", year, scope));
        List<Line> lines =
                new ArrayList<>(Arrays.stream(StatRow.values()).map(Line::new).toList());
        lines.add(new Line(null));
        basic.setItems(lines);
        changes.setItems(shown);
    }

    private Span cell(Line line, StatColumn column) {
        long value = line.row() == null ? figures.total(column) : figures.basic(line.row(), column);
        return number("stat-" + (line.row() == null ? "TOTAL" : line.row().name()) + "-" + column.name(), value);
    }

    private static Span number(String id, long value) {
        Span span = new Span(Long.toString(value));
        span.setId(id);
        return span;
    }
}
