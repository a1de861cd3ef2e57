package cn.zugong.ui.oversight;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.FigureCadres;
import cn.zugong.core.statistics.StatChange;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.statistics.StatRow;
import cn.zugong.ui.cadre.CadreListParameters;
import cn.zugong.ui.cadre.CadresView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The year's two tables for what the page shows (a county, a city, the whole scope): the basic
 * table (levels by gender, ethnicity, party, education and age band, the column groups joined
 * above, a total row) and the changes of the year. Each number is a span with an id ({@code
 * stat-<row>-<column>}, {@code stat-change-<change>}) for the reader and the browser tests; the
 * numbers of one county are links to the cadre list of the cadres behind them on the reference
 * date ({@code cadres?county=…&heldOn=…&figure=basic.<row>.<column>}, {@code figure=change.<change>}:
 * those changed in the year), a sum of counties is opened county by county.
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
    private String county;
    private LocalDate referenceDate;

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
            changes.addComponentColumn(
                            f -> number("stat-change-" + change.name(), f.change(change), FigureCadres.change(change)))
                    .setHeader(getTranslation("statistics.change." + change.name()))
                    .setKey(change.name())
                    .setAutoWidth(true);
        }
        add(basicTitle, basic, changesTitle, changes);
    }

    /**
     * Shows the figures of a scope; {@code county} the one county they are of (then each number
     * links to the cadres behind it on the reference date), null for a sum of counties.
     */
    void show(int year, LocalDate referenceDate, String scope, String county, CountyStatistics shown) {
        this.figures = shown;
        this.county = county;
        this.referenceDate = referenceDate;
        basicTitle.setText(getTranslation("statistics.table.basic", year, scope));
        changesTitle.setText(getTranslation("statistics.table.changes", year, scope));
        List<Line> lines =
                new ArrayList<>(Arrays.stream(StatRow.values()).map(Line::new).toList());
        lines.add(new Line(null));
        basic.setItems(lines);
        changes.setItems(shown);
    }

    private Component cell(Line line, StatColumn column) {
        long value = line.row() == null ? figures.total(column) : figures.basic(line.row(), column);
        return number(
                "stat-" + (line.row() == null ? "TOTAL" : line.row().name()) + "-" + column.name(),
                value,
                FigureCadres.basic(line.row(), column));
    }

    /** A number; of one county, a link to the cadre list of the cadres behind it ({@link HeldFigure}). */
    private Component number(String id, long value, String figure) {
        if (county == null) {
            Span span = new Span(Long.toString(value));
            span.setId(id);
            return span;
        }
        RouterLink link = new RouterLink(Long.toString(value), CadresView.class);
        link.setQueryParameters(CadreListParameters.of(
                CadreFilter.NONE.withCounty(county).withHeld(new HeldFigure(referenceDate, figure))));
        link.setId(id);
        return link;
    }
}
