package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervisors' overview of selection work: per county in scope the open cases, how many are
 * at each step and how many are overdue (longer at their step than {@code
 * zugong.selection.overdue-days}); a county's name opens its cases. Then what the inspector must
 * see without opening each case ({@link OversightMeasure}): cases with a recorded poge or zhishu
 * adjustment, with an acknowledged warning, with the publicity skipped, whose appointment left the
 * unit over its approved posts, and past their step's deadline; each count ({@code
 * oversight-<MEASURE>}) opens the list of its cases ({@link OversightCasesView}). A county user sees
 * the own county. Counties are few, so the grid is not paged.
 */
@Access(SelectionAccess.Readers.class)
@MenuEntry(label = "nav.selection.overview", icon = VaadinIcon.CHART_TIMELINE, order = 70)
@Route(value = "selection/overview", layout = MainLayout.class)
public class SelectionOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<CountyCases> grid = new Grid<>();
    private final SerializableSupplier<List<CountyCases>> counties;
    private final SerializableSupplier<List<CountyOversight>> oversight;
    private final int overdueDays;
    private final Counties names;
    private Map<String, CountyOversight> oversightByCounty = Map.of();

    @Inject
    SelectionOverviewView(SelectionServices services) {
        this(
                () -> services.selection().overview(),
                () -> services.oversight().counties(),
                SelectionService.overdueDays(),
                services.counties());
    }

    SelectionOverviewView(
            SerializableSupplier<List<CountyCases>> counties,
            SerializableSupplier<List<CountyOversight>> oversight,
            int overdueDays,
            Counties names) {
        this.names = names;
        this.counties = counties;
        this.oversight = oversight;
        this.overdueDays = overdueDays;
        setSizeFull();
        Paragraph rule = new Paragraph(getTranslation("selection.overview.rule", overdueDays));
        rule.setId("overview-rule");
        rule.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        RouterLink cases = new RouterLink(getTranslation("selection.overview.allCases"), CasesView.class);
        cases.setId("overview-cases");
        configureGrid();
        add(new H2(getTranslation("selection.overview.title")), rule, cases, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        oversightByCounty =
                oversight.get().stream().collect(Collectors.toMap(CountyOversight::tenantId, Function.identity()));
        grid.setItems(counties.get());
    }

    /** The least width of a count column; the columns share what is left of the window. */
    private static final String COUNT_WIDTH = "5.5em";

    private void configureGrid() {
        grid.setId("overview-grid");
        grid.setSizeFull();
        grid.addColumn(new ComponentRenderer<>(county -> {
                    RouterLink link = new RouterLink(names.name(getLocale(), county.tenantId()), CasesView.class);
                    link.setQueryParameters(QueryParameters.of(CasesView.COUNTY, county.tenantId()));
                    link.addClassName("overview-county");
                    return link;
                }))
                .setHeader(getTranslation("selection.field.county"))
                .setFlexGrow(2);
        grid.addColumn(CountyCases::open)
                .setHeader(header("selection.overview.open"))
                .setKey("open")
                .setWidth(COUNT_WIDTH)
                .setFlexGrow(1);
        for (SelectionStep step : SelectionStep.values()) {
            grid.addColumn(new ComponentRenderer<>(county -> atStep(county, step)))
                    .setHeader(wrapping(SelectionLabels.step(this, step)))
                    .setKey("step-" + step.name())
                    .setWidth(COUNT_WIDTH)
                    .setFlexGrow(1);
        }
        grid.addColumn(new ComponentRenderer<>(county -> {
                    Span overdue = county.overdue() == 0
                            ? new Span("0")
                            : Badge.of(Integer.toString(county.overdue()), "error");
                    overdue.addClassName("overview-overdue");
                    return overdue;
                }))
                .setHeader(wrapping(getTranslation("selection.overview.overdue", overdueDays)))
                .setKey("overdue")
                .setWidth(COUNT_WIDTH)
                .setFlexGrow(1);
        for (OversightMeasure measure : OversightMeasure.values()) {
            grid.addColumn(new ComponentRenderer<>(county -> count(county.tenantId(), measure)))
                    .setHeader(wrapping(getTranslation("selection.oversight." + measure.name(), overdueDays)))
                    .setKey("oversight-" + measure.name())
                    .setWidth(COUNT_WIDTH)
                    .setFlexGrow(1);
        }
    }

    private Span header(String key) {
        return wrapping(getTranslation(key));
    }

    /**
     * A count's header that wraps: with a column per step and per measure, headers sized to their
     * text made the grid wider than a 1366-pixel window and hid the counts on the right.
     */
    private static Span wrapping(String text) {
        Span header = new Span(text);
        header.getStyle().set("white-space", "normal").set("line-height", "var(--lumo-line-height-xs)");
        return header;
    }

    /** A county's open cases at a step, opening them when there are any. */
    private Component atStep(CountyCases county, SelectionStep step) {
        int n = county.atStep(step);
        if (n == 0) {
            return new Span("0");
        }
        RouterLink link = new RouterLink(Integer.toString(n), CasesView.class);
        link.setQueryParameters(new QueryParameters(
                Map.of(CasesView.COUNTY, List.of(county.tenantId()), CasesView.STEP, List.of(step.name()))));
        link.addClassName("overview-step-" + step.name());
        return link;
    }

    /** A county's count of a measure, opening its cases when there are any. */
    private Component count(String county, OversightMeasure measure) {
        CountyOversight counts = oversightByCounty.get(county);
        int n = counts == null ? 0 : counts.count(measure);
        if (n == 0) {
            Span zero = new Span("0");
            zero.addClassName("oversight-" + measure.name());
            return zero;
        }
        RouterLink link = new RouterLink(
                Integer.toString(n),
                OversightCasesView.class,
                new RouteParameters(
                        Map.of(OversightCasesView.COUNTY, county, OversightCasesView.MEASURE, measure.name())));
        link.addClassName("oversight-" + measure.name());
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selection.overview.title") + " | " + getTranslation("app.name");
    }
}
