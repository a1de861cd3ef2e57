package cn.zugong.ui.dashboard;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.FigureCadres;
import cn.zugong.core.statistics.StatColumn;
import cn.zugong.core.statistics.StatRow;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.statistics.YearStatistics;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.cadre.CadreListParameters;
import cn.zugong.ui.cadre.CadresView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;

/**
 * The trend by year on the dashboard: for the counties the user reads, a few figures of the annual
 * statistics at the reference date of each of the last {@value #YEARS} ended years (cadres in post,
 * women, aged 35 or under, each post level), counted by the statistics' own statements from the
 * registry's history ({@link StatisticsService#trend}). Loaded on demand ({@code
 * dashboard-trend-load}): at province scale five years of statistics take seconds, more than the
 * dashboard's own budget. Shown then: a bar chart of the chosen figure per year with the table of
 * every figure beside it, and for a supervisor the chosen figure per county and year. Every number
 * drills down: a county's number (or, for a county user, the year's) opens the cadre list of the
 * cadres behind it ({@code cadres?county=…&heldOn=…&figure=…}); a supervisor's year total chooses
 * that figure for the table per county.
 */
class TrendsPanel extends VerticalLayout {

    /** How many ended years the trend shows. */
    static final int YEARS = 5;

    /** The figures of the trend, by their statistics keys: in post, women, 35 or under, each level. */
    static final List<String> FIGURES = figures();

    final Button load = new Button();
    final Select<String> figure = new Select<>();
    final Grid<String> table = new Grid<>();
    final Grid<String> counties = new Grid<>();
    private final Div chart = new Div();
    private final StatisticsService statistics;
    private final TenantDirectory directory;
    private List<YearStatistics> trend = List.of();

    TrendsPanel(StatisticsService statistics, TenantDirectory directory) {
        this.statistics = statistics;
        this.directory = directory;
        setId("dashboard-trend");
        setPadding(false);
        add(new H3(getTranslation("dashboard.trend.title", YEARS)));
        Paragraph rule = new Paragraph(getTranslation("dashboard.trend.rule"));
        rule.getStyle().set("color", "var(--lumo-secondary-text-color)");
        load.setText(getTranslation("dashboard.trend.load"));
        load.setId("dashboard-trend-load");
        // seconds at province scale: one click counts once
        load.setDisableOnClick(true);
        load.addClickListener(click -> show());
        add(rule, load);
    }

    /** Counts the years and shows the chart and the tables (the button's work). */
    void show() {
        trend = statistics.trend(YEARS);
        load.setVisible(false);
        figure.setId("trend-figure");
        figure.setLabel(getTranslation("dashboard.trend.figure"));
        figure.setItems(FIGURES);
        figure.setItemLabelGenerator(this::label);
        figure.setValue(FIGURES.getFirst());
        figure.addValueChangeListener(change -> redraw());
        table.setId("trend-table");
        table.setAllRowsVisible(true);
        table.setWidth("auto");
        table.addColumn(this::label)
                .setHeader(getTranslation("dashboard.trend.figure"))
                .setAutoWidth(true);
        for (YearStatistics year : trend) {
            table.addComponentColumn(key -> yearFigure(year, key))
                    .setKey(Integer.toString(year.year()))
                    .setHeader(Integer.toString(year.year()))
                    .setAutoWidth(true);
        }
        table.setItems(FIGURES);
        add(figure, chart);
        if (supervisor()) {
            counties.setId("trend-counties");
            counties.setAllRowsVisible(true);
            counties.addColumn(this::name)
                    .setHeader(getTranslation("dashboard.column.tenant"))
                    .setAutoWidth(true);
            for (YearStatistics year : trend) {
                counties.addComponentColumn(county -> link(year, county, figure.getValue()))
                        .setKey(Integer.toString(year.year()))
                        .setHeader(Integer.toString(year.year()))
                        .setAutoWidth(true);
            }
            counties.setItems(trend.isEmpty() ? List.of() : codes(trend.getLast()));
            add(new H3(getTranslation("dashboard.trend.perCounty")), counties);
        }
        redraw();
    }

    private boolean supervisor() {
        return !trend.isEmpty() && trend.getLast().counties().size() > 1;
    }

    /** The chart of the chosen figure (and, for a supervisor, the table per county) afresh. */
    private void redraw() {
        String key = figure.getValue();
        List<SvgCharts.Bar> bars = trend.stream()
                .map(y -> new SvgCharts.Bar(Integer.toString(y.year()), value(y.total(), key)))
                .toList();
        chart.removeAll();
        chart.add(new ChartBlock(
                "chart-trend", SvgCharts.bars(getTranslation("dashboard.trend.chart", label(key)), bars), table));
        if (supervisor()) {
            counties.getDataProvider().refreshAll();
        }
    }

    /** A year's figure over the scope: for one county its list, for several the choice of the figure. */
    private Component yearFigure(YearStatistics year, String key) {
        if (!supervisor()) {
            return year.counties().isEmpty()
                    ? new Span("0")
                    : link(year, year.counties().getFirst().code(), key);
        }
        Button choose = new Button(Long.toString(value(year.total(), key)), click -> figure.setValue(key));
        choose.setId("trend-" + year.year() + "-" + id(key));
        choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        choose.setTooltipText(getTranslation("dashboard.trend.perCounty"));
        return choose;
    }

    /** A county's figure of a year, a link to the cadres behind it on the year's reference date. */
    private Component link(YearStatistics year, String county, String key) {
        long value = year.county(county).map(c -> value(c.figures(), key)).orElse(0L);
        CadreFilter filter = CadreFilter.NONE.withCounty(county).withHeld(new HeldFigure(year.referenceDate(), key));
        RouterLink link = new RouterLink(Long.toString(value), CadresView.class);
        link.setQueryParameters(CadreListParameters.of(filter));
        link.setId("trend-" + county + "-" + year.year() + "-" + id(key));
        return link;
    }

    static long value(CountyStatistics figures, String key) {
        FigureCadres.Figure f = FigureCadres.parse(key).orElseThrow();
        return f.row() == null ? figures.total(f.column()) : figures.basic(f.row(), f.column());
    }

    private String label(String key) {
        FigureCadres.Figure f = FigureCadres.parse(key).orElseThrow();
        if (f.row() != null) {
            return getTranslation("statistics.row." + f.row().name());
        }
        return getTranslation("dashboard.trend.figure." + f.column().name());
    }

    private static String id(String key) {
        return key.replace('.', '-');
    }

    private static List<String> codes(YearStatistics year) {
        return year.counties().stream().map(YearStatistics.County::code).toList();
    }

    private String name(String county) {
        return directory
                .find(new TenantId(county))
                .map(t -> t.name(getLocale()))
                .orElse(county);
    }

    private static List<String> figures() {
        List<String> keys = new ArrayList<>();
        keys.add(HeldFigure.IN_POST);
        keys.add(FigureCadres.basic(null, StatColumn.FEMALE));
        keys.add(FigureCadres.basic(null, StatColumn.AGE_35_OR_UNDER));
        for (StatRow row : StatRow.values()) {
            keys.add(FigureCadres.basic(row, StatColumn.TOTAL));
        }
        return List.copyOf(keys);
    }
}
