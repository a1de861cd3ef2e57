package cn.zugong.ui.dashboard;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreFiguresService;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.plugin.dashboard.IndicatorReading;
import cn.zugong.core.plugin.dashboard.IndicatorService;
import cn.zugong.core.post.QuotaFilter;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.OversightService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.CountyPick;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import cn.zugong.ui.oversight.OversightAccess;
import cn.zugong.ui.selection.SelectionAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard: first the core cadre figures of the counties the user reads, each a link to its
 * list ({@link CadreFiguresPanel}), the trend by year for those who read the statistics ({@link
 * TrendsPanel}, on demand), then the modules' indicators: a county user sees one card per indicator with
 * their county's reading; a supervisor reading several counties sees, per indicator, each
 * county's reading and their aggregate. Indicators come only from modules the counties enabled.
 * An indicator with a list route drills down too: a card's figure opens the module's list, a
 * supervisor's county row opens it with that county picked ({@link CountyPick}); the aggregate
 * stays a number.
 */
@Access(DashboardView.Readers.class)
@MenuEntry(label = "nav.dashboard", icon = VaadinIcon.DASHBOARD, order = 10)
@Route(value = "dashboard", layout = MainLayout.class)
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** One row of a supervisor's indicator grid: a county, or the aggregate when {@code tenant} is null. */
    record Row(TenantId tenant, String name, Measure measure) {}

    /** The key of an indicator table's column of counts, a county's a link when the indicator has a route. */
    static final String COUNTS = "counts";

    final Div indicators = new Div();

    private final IndicatorService service;
    private final CadreFiguresService figures;
    private final QuotaService quota;
    private final SelectionService selection;
    private final OversightService oversight;
    private final TenantDirectory directory;
    private final StatisticsService statistics;

    @Inject
    DashboardView(
            IndicatorService service,
            CadreFiguresService figures,
            QuotaService quota,
            SelectionService selection,
            OversightService oversight,
            TenantDirectory directory,
            StatisticsService statistics) {
        this.service = service;
        this.figures = figures;
        this.quota = quota;
        this.selection = selection;
        this.oversight = oversight;
        this.directory = directory;
        this.statistics = statistics;
    }

    /** Every signed-in user with a tenancy (a county, or a supervisor's scope). */
    public static boolean mayOpen() {
        return CurrentUserHolder.current().isPresent()
                && !TenancyHolder.current().readable().isEmpty();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        indicators.removeAll();
        indicators.setId("dashboard-indicators");
        indicators.setWidthFull();
        List<IndicatorReading> readings = service.readings();
        boolean supervisor = TenancyHolder.current().readable().size() > 1;
        add(new H2(getTranslation("dashboard.title")));
        CadreFigures counted = figures.figures();
        List<CountyCases> cases = SelectionAccess.mayOpen() ? selection.overview() : null;
        add(new WorkFiguresPanel(quota.totals(QuotaFilter.ALL), cases));
        add(new CadreChartsPanel(counted, directory));
        add(new CadreFiguresPanel(counted, directory));
        if (OversightAccess.mayOpen()) {
            add(new TrendsPanel(statistics, directory));
        }
        if (cases != null) {
            add(new SelectionFiguresPanel(cases, oversight.counties(), SelectionService.overdueDays(), directory));
        }
        add(new H3(getTranslation("dashboard.indicators")));
        if (readings.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("dashboard.empty"));
            empty.setId("dashboard-empty");
            empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
            indicators.add(empty);
        } else if (supervisor) {
            add(new Paragraph(getTranslation("dashboard.hint.supervisor")));
            readings.forEach(r -> indicators.add(table(r)));
        } else {
            FlexLayout cards = new FlexLayout();
            cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            cards.getStyle().set("gap", "var(--lumo-space-m)");
            readings.forEach(r -> cards.add(card(r)));
            indicators.add(cards);
        }
        add(indicators);
    }

    static String elementId(IndicatorReading reading) {
        return "indicator-" + reading.indicatorId().replace('.', '-');
    }

    private Component card(IndicatorReading reading) {
        Div card = new Div();
        card.setId(elementId(reading));
        card.addClassName("indicator-card");
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("min-width", "14rem");
        Span name = new Span(getTranslation(reading.nameKey()));
        name.addClassName("indicator-name");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Measure measure = reading.aggregate();
        Div rate = new Div(percent(measure));
        rate.addClassName("indicator-rate");
        rate.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
        Div counts = new Div(counts(measure));
        counts.addClassName("indicator-counts");
        card.add(name);
        Optional<RouterLink> list = reading.listRoute().flatMap(DashboardView::ownCountyLink);
        if (list.isPresent()) {
            RouterLink link = list.get();
            link.setId(elementId(reading) + "-list");
            link.addClassName("figure");
            link.add(rate, counts);
            card.add(link);
        } else {
            card.add(rate, counts);
        }
        return card;
    }

    /**
     * The link to a plugin's list route in the user's own county: to the page registered at its
     * path, with its query; none when no page is registered there (the plugin is not running).
     */
    static Optional<RouterLink> ownCountyLink(String route) {
        int query = route.indexOf('?');
        String path = query < 0 ? route : route.substring(0, query);
        return RouteConfiguration.forApplicationScope().getRoute(path).map(target -> {
            RouterLink link = new RouterLink();
            link.setRoute(target);
            if (query >= 0) {
                link.setQueryParameters(QueryParameters.fromString(route.substring(query + 1)));
            }
            return link;
        });
    }

    /**
     * The link of a county's figure in a supervisor's table: the plugin's list route with that
     * county picked ({@link CountyPick}), since a plugin's page opens for one county at a time.
     */
    static RouterLink countyLink(TenantId county, String route, String text) {
        int query = route.indexOf('?');
        String path = query < 0 ? route : route.substring(0, query);
        RouterLink link = new RouterLink(text, CountyPick.class, CountyPick.parameters(county, path));
        if (query >= 0) {
            link.setQueryParameters(QueryParameters.fromString(route.substring(query + 1)));
        }
        return link;
    }

    private Component table(IndicatorReading reading) {
        Grid<Row> grid = new Grid<>();
        grid.setId(elementId(reading));
        grid.setAllRowsVisible(true);
        grid.addColumn(Row::name)
                .setHeader(getTranslation("dashboard.column.tenant"))
                .setFlexGrow(2);
        Optional<String> route = reading.listRoute();
        if (route.isPresent()) {
            // a county's figure opens its list with the county picked; the aggregate stays a number
            grid.addComponentColumn(r -> {
                        if (r.tenant() == null) {
                            return new Span(counts(r.measure()));
                        }
                        RouterLink link = countyLink(r.tenant(), route.get(), counts(r.measure()));
                        link.setId(elementId(reading) + "-" + r.tenant().code());
                        link.addClassName("figure");
                        return link;
                    })
                    .setHeader(getTranslation("dashboard.column.counts"))
                    .setKey(COUNTS);
        } else {
            grid.addColumn(r -> counts(r.measure()))
                    .setHeader(getTranslation("dashboard.column.counts"))
                    .setKey(COUNTS);
        }
        grid.addColumn(r -> percent(r.measure())).setHeader(getTranslation("dashboard.column.rate"));
        grid.setPartNameGenerator(r -> r.tenant() == null ? "aggregate" : null);
        grid.setItems(rows(reading));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(reading.nameKey())), grid);
        section.setPadding(false);
        return section;
    }

    /** Each county's reading by name, then the aggregate. */
    List<Row> rows(IndicatorReading reading) {
        List<Tenant> tenants = directory.all();
        List<Row> rows = new ArrayList<>();
        reading.perTenant().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> rows.add(new Row(e.getKey(), name(tenants, e.getKey()), e.getValue())));
        rows.add(new Row(null, getTranslation("dashboard.aggregate"), reading.aggregate()));
        return rows;
    }

    private String name(List<Tenant> tenants, TenantId id) {
        return tenants.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .map(t -> t.name(getLocale()))
                .orElse(id.code());
    }

    private String counts(Measure measure) {
        return getTranslation("dashboard.counts", measure.achieved(), measure.total());
    }

    private String percent(Measure measure) {
        NumberFormat format = NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(measure.rate());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }

    /** Who may open this page: see {@link #mayOpen}. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
