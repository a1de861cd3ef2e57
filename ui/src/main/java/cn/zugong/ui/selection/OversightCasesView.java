package cn.zugong.ui.selection;

import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.layout.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The cases behind one count of the overview (grid {@code oversight-cases}): one county's cases of
 * one {@link OversightMeasure}. Each case number opens the case with {@code ?via=<MEASURE>}, so that
 * a supervisor's opening is journaled as an audited read naming the count it came from.
 */
@Access(SelectionAccess.Readers.class)
@Route(value = "selection/overview/:county/:measure", layout = MainLayout.class)
public class OversightCasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String COUNTY = "county";
    public static final String MEASURE = "measure";

    final Grid<CaseRow> grid = new Grid<>();
    private final H2 title = new H2();
    private String pageTitle = "";
    private String via = "";

    private final SelectionServices services;

    @Inject
    OversightCasesView(SelectionServices services) {
        this.services = services;
        setSizeFull();
        RouterLink back = new RouterLink(getTranslation("selection.oversight.back"), SelectionOverviewView.class);
        back.setId("oversight-back");
        title.setId("oversight-title");
        configureGrid();
        add(back, title, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String county = event.getRouteParameters().get(COUNTY).orElse("");
        Optional<OversightMeasure> measure = event.getRouteParameters()
                .get(MEASURE)
                .flatMap(m -> Arrays.stream(OversightMeasure.values())
                        .filter(x -> x.name().equals(m))
                        .findFirst());
        List<CaseRow> rows =
                measure.map(m -> services.oversight().cases(county, m)).orElse(List.of());
        pageTitle = getTranslation(
                "selection.oversight.casesTitle",
                services.counties().name(getLocale(), county),
                measure.map(m -> getTranslation("selection.oversight." + m.name(), SelectionService.overdueDays()))
                        .orElse(""));
        title.setText(pageTitle);
        via = measure.map(Enum::name).orElse("");
        grid.setItems(rows);
    }

    private void configureGrid() {
        grid.setId("oversight-cases");
        grid.setSizeFull();
        grid.addColumn(new ComponentRenderer<>(row -> {
                    RouterLink link = new RouterLink(
                            row.caseNo(),
                            CaseView.class,
                            new RouteParameters(CaseView.CASE_ID, row.id().toString()));
                    link.setQueryParameters(QueryParameters.of(CaseView.VIA, via));
                    link.addClassName("oversight-case");
                    return link;
                }))
                .setHeader(getTranslation("selection.field.caseNo"))
                .setAutoWidth(true);
        grid.addColumn(row -> SelectionLabels.kind(this, row.kind()))
                .setHeader(getTranslation("selection.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::title)
                .setHeader(getTranslation("selection.field.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> SelectionLabels.step(this, row.step()))
                .setHeader(getTranslation("selection.field.step"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(
                        row -> Badge.of(SelectionLabels.status(this, row.status()), Badge.variant(row.status()))))
                .setHeader(getTranslation("selection.field.status"))
                .setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.name");
    }
}
