package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The selection cases (xuanba renyong) of the readable counties, newest first: open ones, or all
 * with the ended. {@code selection?county=<code>} shows one county's (the overview links here). A
 * supervisor sees the county column. Writers open a new case here; a row opens the case.
 */
@Access(SelectionAccess.Readers.class)
@MenuEntry(label = "nav.selection", icon = VaadinIcon.FLAG, order = 60)
@Route(value = "selection", layout = MainLayout.class)
public class CasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String COUNTY = "county";

    /** The query parameter that limits the list to the open cases now at one step (the overview's drill-down). */
    public static final String STEP = "step";

    private final CaseSource source;
    private final Counties names;
    private final SerializableFunction<SerializableConsumer<UUID>, NewCaseDialog> dialogs;
    final Grid<CaseRow> grid = new Grid<>();
    final Checkbox showAll = new Checkbox();
    final Button create = new Button();
    private final Span count = new Span();
    private final Span county = new Span();
    private final RouterLink allCounties = new RouterLink();
    private String countyCode;
    private SelectionStep step;

    @Inject
    CasesView(SelectionServices services) {
        this(
                CaseSource.of(services.selection()),
                services.counties(),
                opened -> new NewCaseDialog(
                        services.unitChoices(),
                        CadreSearch.of(services.cadres()),
                        NewCaseDialog.of(services.selection()),
                        opened));
    }

    /** The list from this source, counties named so, new cases made in the dialogs this makes. */
    CasesView(
            CaseSource source,
            Counties names,
            SerializableFunction<SerializableConsumer<UUID>, NewCaseDialog> dialogs) {
        this.source = source;
        this.names = names;
        this.dialogs = dialogs;
        setSizeFull();
        showAll.setId("cases-show-all");
        showAll.setLabel(getTranslation("selection.list.showAll"));
        showAll.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("selection.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("case-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(CountyAccess.canWrite());
        create.addClickListener(click -> newCase());
        RouterLink overview = new RouterLink(getTranslation("selection.overview.link"), SelectionOverviewView.class);
        overview.setId("cases-overview");
        RouterLink meeting = new RouterLink(getTranslation("meeting.link"), DecisionMeetingView.class);
        meeting.setId("cases-meeting");
        meeting.setVisible(CountyAccess.canWrite());
        county.setId("cases-county");
        county.setVisible(false);
        allCounties.setText(getTranslation("selection.list.allCounties"));
        allCounties.setRoute(CasesView.class);
        allCounties.setId("cases-county-clear");
        allCounties.setVisible(false);
        count.setId("cases-count");
        HorizontalLayout toolbar = new HorizontalLayout(showAll, county, allCounties, create, overview, meeting, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new H2(getTranslation("selection.title")), toolbar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        List<String> codes = parameters.getOrDefault(COUNTY, List.of());
        step = parameters.getOrDefault(STEP, List.of()).stream()
                .flatMap(name -> Arrays.stream(SelectionStep.values())
                        .filter(s -> s.name().equals(name)))
                .findFirst()
                .orElse(null);
        // a step's cases are the open ones at it, as its count on the overview and the dashboard
        showAll.setVisible(step == null);
        if (step != null) {
            showAll.setValue(false);
        }
        showCounty(codes.isEmpty() || codes.getFirst().isBlank() ? null : codes.getFirst());
    }

    /** Limits the list to one county, or shows all readable ones again (null). */
    void showCounty(String code) {
        countyCode = code;
        county.setVisible(code != null);
        allCounties.setVisible(code != null);
        if (code != null) {
            county.setText(getTranslation("selection.list.county", names.name(getLocale(), code)));
        }
        if (step != null) {
            county.setVisible(true);
            allCounties.setVisible(true);
            String atStep = getTranslation("selection.list.step", SelectionLabels.step(this, step));
            county.setText(code == null ? atStep : county.getText() + " · " + atStep);
        }
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.setId("cases-grid");
        grid.setSizeFull();
        grid.addColumn(CaseRow::caseNo)
                .setHeader(getTranslation("selection.field.caseNo"))
                .setAutoWidth(true);
        if (TenancyHolder.current().writable().isEmpty()) {
            grid.addColumn(row -> names.name(getLocale(), row.tenantId()))
                    .setHeader(getTranslation("selection.field.county"))
                    .setAutoWidth(true);
        }
        grid.addColumn(row -> row.exchange() == null
                        ? SelectionLabels.kind(this, row.kind())
                        : SelectionLabels.of(this, "exchange", row.exchange()))
                .setHeader(getTranslation("selection.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(CaseRow::title)
                .setHeader(getTranslation("selection.field.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> SelectionLabels.step(this, row.step()))
                .setHeader(getTranslation("selection.field.step"))
                .setAutoWidth(true);
        grid.addColumn(CasesView::daysInStep)
                .setHeader(getTranslation("selection.field.daysInStep"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(
                        row -> Badge.of(SelectionLabels.status(this, row.status()), Badge.variant(row.status()))))
                .setHeader(getTranslation("selection.field.status"))
                .setAutoWidth(true);
        grid.setItems(
                query ->
                        source
                                .list(countyCode, step, !showAll.getValue(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> {
                    int total = source.count(countyCode, step, !showAll.getValue());
                    count.setText(getTranslation("selection.list.count", total));
                    return total;
                });
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                CaseView.class,
                new RouteParameters(CaseView.CASE_ID, click.getItem().id().toString()))));
    }

    /** Whole days at the current step; blank for a case that has ended. */
    private static String daysInStep(CaseRow row) {
        if (row.status() != CaseStatus.OPEN) {
            return "";
        }
        return Long.toString(ChronoUnit.DAYS.between(row.stepSince(), Instant.now()));
    }

    private void newCase() {
        dialogs.apply(id -> getUI().ifPresent(ui ->
                        ui.navigate(CaseView.class, new RouteParameters(CaseView.CASE_ID, id.toString()))))
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selection.title") + " | " + getTranslation("app.name");
    }
}
