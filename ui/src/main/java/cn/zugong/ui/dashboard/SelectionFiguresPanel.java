package cn.zugong.ui.dashboard;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.selection.CasesView;
import cn.zugong.ui.selection.OversightCasesView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The selection figures of the dashboard, counties side by side (sortable): open cases per step,
 * the overdue ones, and what the inspector looks for (exceptions recorded, warnings acknowledged,
 * publicity skipped, left over quota). The counts are those of the selection overview's own
 * queries ({@code SelectionService.overview}, {@code OversightService.counties}); each count links
 * to the list it counts: a step's to the county's open cases at that step, a measure's to the
 * overview's list of the county's cases of that measure.
 */
class SelectionFiguresPanel extends VerticalLayout {

    /** One county's row: its open cases and its oversight counts. */
    record Row(String county, CountyCases cases, CountyOversight oversight) {
        int count(OversightMeasure measure) {
            return oversight == null ? 0 : oversight.count(measure);
        }
    }

    private final TenantDirectory directory;

    SelectionFiguresPanel(
            List<CountyCases> cases, List<CountyOversight> oversight, int overdueDays, TenantDirectory directory) {
        this.directory = directory;
        setId("dashboard-cases");
        setPadding(false);
        Map<String, CountyOversight> byCounty = new HashMap<>();
        oversight.forEach(o -> byCounty.put(o.tenantId(), o));
        List<Row> rows = cases.stream()
                .map(c -> new Row(c.tenantId(), c, byCounty.get(c.tenantId())))
                .toList();
        Grid<Row> grid = new Grid<>();
        grid.setId("dashboard-cases-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> name(r.county()))
                .setHeader(getTranslation("dashboard.column.tenant"))
                .setComparator(Comparator.comparing(Row::county))
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        FooterRow footer = rows.size() > 1 ? grid.appendFooterRow() : null;
        if (footer != null) {
            footer.getCell(grid.getColumns().getFirst()).setText(getTranslation("dashboard.aggregate"));
        }
        column(
                grid,
                footer,
                rows,
                "open",
                getTranslation("dashboard.cases.open"),
                r -> r.cases().open(),
                null);
        for (SelectionStep step : SelectionStep.values()) {
            column(
                    grid,
                    footer,
                    rows,
                    "step-" + step.name(),
                    getTranslation("selection.step." + step.name()),
                    r -> r.cases().atStep(step),
                    step);
        }
        for (OversightMeasure measure : OversightMeasure.values()) {
            Grid.Column<Row> column = grid.addComponentColumn(r -> measureLink(r.county(), measure, r.count(measure)))
                    .setHeader(getTranslation("selection.oversight." + measure.name(), overdueDays))
                    .setKey("oversight-" + measure.name())
                    .setComparator(r -> r.count(measure))
                    .setSortable(true)
                    .setAutoWidth(true);
            if (footer != null) {
                footer.getCell(column)
                        .setText(String.valueOf(
                                rows.stream().mapToInt(r -> r.count(measure)).sum()));
            }
        }
        grid.setItems(rows);
        add(new H3(getTranslation("dashboard.cases.title")), grid);
    }

    /** A count column whose cells (and footer, the scope's sum) open the cases they count. */
    private void column(
            Grid<Row> grid,
            FooterRow footer,
            List<Row> rows,
            String key,
            String header,
            ToIntFunction<Row> count,
            SelectionStep step) {
        Grid.Column<Row> column = grid.addComponentColumn(r -> casesLink(key, r.county(), step, count.applyAsInt(r)))
                .setHeader(header)
                .setKey(key)
                .setComparator(count::applyAsInt)
                .setSortable(true)
                .setAutoWidth(true);
        if (footer != null) {
            footer.getCell(column)
                    .setComponent(casesLink(
                            key, null, step, rows.stream().mapToInt(count).sum()));
        }
    }

    /** The id of a count's link: {@code cases-<key>-<county or SCOPE>}. */
    static String linkId(String key, String county) {
        return "cases-" + key + "-" + (county == null ? "SCOPE" : county);
    }

    private static RouterLink casesLink(String key, String county, SelectionStep step, int count) {
        RouterLink link = new RouterLink(String.valueOf(count), CasesView.class);
        Map<String, List<String>> parameters = new HashMap<>();
        if (county != null) {
            parameters.put(CasesView.COUNTY, List.of(county));
        }
        if (step != null) {
            parameters.put(CasesView.STEP, List.of(step.name()));
        }
        link.setQueryParameters(new QueryParameters(parameters));
        link.setId(linkId(key, county));
        link.addClassName("figure");
        return link;
    }

    private static Component measureLink(String county, OversightMeasure measure, int count) {
        String id = linkId("oversight-" + measure.name(), county);
        if (count == 0) {
            Span zero = new Span("0");
            zero.setId(id);
            return zero;
        }
        RouterLink link = new RouterLink(
                String.valueOf(count),
                OversightCasesView.class,
                new RouteParameters(
                        Map.of(OversightCasesView.COUNTY, county, OversightCasesView.MEASURE, measure.name())));
        link.setId(id);
        link.addClassName("figure");
        return link;
    }

    private String name(String county) {
        return directory
                .find(new TenantId(county))
                .map(t -> t.name(getLocale()))
                .orElse(county);
    }
}
