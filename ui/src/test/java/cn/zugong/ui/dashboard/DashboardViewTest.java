package cn.zugong.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreFiguresService;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.CadreFigures.Figure;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.plugin.dashboard.IndicatorReading;
import cn.zugong.core.plugin.dashboard.IndicatorService;
import cn.zugong.core.post.QuotaFilter;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.QuotaTotals;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.OversightService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.ChengduDirectory;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.cadre.CadresView;
import cn.zugong.ui.layout.CountyPick;
import cn.zugong.ui.selection.CasesView;
import cn.zugong.ui.selection.OversightCasesView;
import cn.zugong.ui.selection.SelectionOverviewView;
import cn.zugong.ui.unit.QuotaOverviewView;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard without a browser: a county's cards, a supervisor's rows per county, the empty state. */
@ExtendWith(PortalUi.class)
class DashboardViewTest {

    private static final TenantId WENJIANG = ChengduDirectory.WENJIANG;
    private static final TenantId PIDU = ChengduDirectory.PIDU;

    /** The plugins' own bundles are not loaded without the plugin host: a portal key stands for the name. */
    private static final String NAME_KEY = "nav.calendar";

    private final List<IndicatorReading> readings = new ArrayList<>();

    private final IndicatorService service = new IndicatorService() {
        @Override
        public List<IndicatorReading> readings() {
            return readings;
        }
    };

    /** What the core counted: the service is tested on a database in core, here only what is shown. */
    private CadreFigures counted = new CadreFigures(List.of(), List.of());

    private final CadreFiguresService figures = new CadreFiguresService() {
        @Override
        public CadreFigures figures() {
            return counted;
        }
    };

    private final QuotaService quota = new QuotaService() {
        @Override
        public QuotaTotals totals(QuotaFilter filter) {
            return new QuotaTotals(4, 4, 3, 8, 9, 1, 1, 1);
        }
    };

    private final SelectionService selection = new SelectionService() {
        @Override
        public List<CountyCases> overview() {
            return List.of(
                    new CountyCases(WENJIANG.code(), 3, Map.of(), 1), new CountyCases(PIDU.code(), 2, Map.of(), 0));
        }
    };

    private final OversightService oversight = new OversightService() {
        @Override
        public List<CountyOversight> counties() {
            return List.of(new CountyOversight(WENJIANG.code(), Map.of(OversightMeasure.ACKNOWLEDGED, 2)));
        }
    };

    private final TenantDirectory directory = new ChengduDirectory();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("cadres", CadresView.class);
        RouteConfiguration.forApplicationScope().setRoute("quota", QuotaOverviewView.class);
        RouteConfiguration.forApplicationScope().setRoute("selection/overview", SelectionOverviewView.class);
        RouteConfiguration.forApplicationScope().setRoute("selection", CasesView.class);
        RouteConfiguration.forApplicationScope()
                .setRoute("selection/overview/:county/:measure", OversightCasesView.class);
        RouteConfiguration.forApplicationScope().setRoute("scope/:county/:to*", CountyPick.class);
        // a plugin's page, as the platform registers it while the plugin runs
        RouteConfiguration.forApplicationScope().setRoute("training/shortfall", ShortfallPage.class);
    }

    /** Stands for a plugin's page. */
    public static class ShortfallPage extends Div {}

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void signIn(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private DashboardView view() {
        DashboardView view =
                new DashboardView(service, figures, quota, selection, oversight, directory, new StatisticsService());
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "dashboard")).isEmpty();
        return view;
    }

    @Test
    void aUserWithoutATenancyIsRefused() {
        signIn(Tenancy.NONE, CurrentUser.PLATFORM_SYSADMIN);

        assertThat(Entering.refusal(
                        new DashboardView(
                                service, figures, quota, selection, oversight, directory, new StatisticsService()),
                        "dashboard"))
                .containsInstanceOf(AccessDeniedException.class);
        assertThat(DashboardView.mayOpen()).isFalse();
    }

    @Test
    void aCountyUserSeesOneCardPerIndicator() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        Measure measure = new Measure(312, 340);
        readings.add(
                new IndicatorReading("training", "training.completion", NAME_KEY, Map.of(WENJIANG, measure), measure));
        readings.add(new IndicatorReading(
                "training", "training.hours", "nav.quota", Map.of(WENJIANG, new Measure(0, 0)), new Measure(0, 0)));

        DashboardView view = view();

        Div card = _get(view.indicators, Div.class, spec -> spec.withId("indicator-training-completion"));
        assertThat(card.getElement().getTextRecursively()).isEqualTo("工作日历91.8%312 / 340");
        assertThat(_get(view.indicators, Div.class, spec -> spec.withId("indicator-training-hours"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("职数概览0%0 / 0");
        assertThat(_find(view.indicators, Grid.class)).isEmpty();
    }

    @Test
    void aSupervisorSeesEachCountyAndTheAggregate() {
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        readings.add(new IndicatorReading(
                "training",
                "training.completion",
                NAME_KEY,
                Map.of(PIDU, new Measure(150, 200), WENJIANG, new Measure(312, 340)),
                new Measure(462, 540)));

        DashboardView view = view();

        @SuppressWarnings("unchecked")
        Grid<DashboardView.Row> grid =
                _get(view.indicators, Grid.class, spec -> spec.withId("indicator-training-completion"));
        assertThat(_size(grid)).isEqualTo(3);
        assertThat(_getFormattedRow(grid, 0)).containsExactly("温江区", "312 / 340", "91.8%");
        assertThat(_getFormattedRow(grid, 1)).containsExactly("郫都区", "150 / 200", "75%");
        assertThat(_getFormattedRow(grid, 2)).containsExactly("合计", "462 / 540", "85.6%");
    }

    @Test
    void withoutIndicatorsTheDashboardSaysSo() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);

        DashboardView view = view();

        assertThat(view.indicators.getId()).contains("dashboard-indicators");
        assertThat(_get(view.indicators, Paragraph.class, spec -> spec.withId("dashboard-empty"))
                        .getText())
                .isEqualTo("暂无模块指标。本单位启用的模块提供指标后，将在这里显示。");
    }

    @Test
    void theEnglishDashboardNamesTheTotal() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        readings.add(new IndicatorReading(
                "training", "training.completion", NAME_KEY, Map.of(WENJIANG, new Measure(1, 4)), new Measure(1, 4)));

        DashboardView view = view();

        @SuppressWarnings("unchecked")
        Grid<DashboardView.Row> grid =
                _get(view.indicators, Grid.class, spec -> spec.withId("indicator-training-completion"));
        assertThat(_getFormattedRow(grid, 0)).containsExactly("Wenjiang", "1 / 4", "25%");
        assertThat(_getFormattedRow(grid, 1)).containsExactly("Total", "1 / 4", "25%");
    }

    /** The scope's sum of a column, in the grid's footer. */
    private static RouterLink figure(DashboardView view, String id) {
        return _get(view, RouterLink.class, spec -> spec.withId(id));
    }

    /** The link's route and its parameters in alphabetical order (their order in the URL is not kept). */
    private static String list(RouterLink link) {
        String href = link.getHref();
        int query = href.indexOf('?');
        QueryParameters parameters = QueryParameters.fromString(href.substring(query + 1));
        return href.substring(0, query) + "?"
                + new TreeMap<>(parameters.getParameters())
                        .entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue().getFirst())
                                .collect(Collectors.joining("&"));
    }

    /** A county's figure: the link in its row and the category's column. */
    @SuppressWarnings("unchecked")
    private static RouterLink cell(DashboardView view, String gridId, int row, String column) {
        Grid<String> grid = _get(view, Grid.class, spec -> spec.withId(gridId));
        return (RouterLink) _getCellComponent(grid, row, column);
    }

    @Test
    void aSupervisorSeesTheCountiesFiguresSideBySideEachLinkingToItsList() {
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        counted = new CadreFigures(
                List.of(WENJIANG.code(), PIDU.code()),
                List.of(
                        new Figure(WENJIANG.code(), null, null, 3),
                        new Figure(PIDU.code(), null, null, 2),
                        new Figure(WENJIANG.code(), FigureDimension.POST_LEVEL, "COUNTY_DEPUTY", 1),
                        new Figure(PIDU.code(), FigureDimension.POST_LEVEL, "COUNTY_DEPUTY", 2),
                        new Figure(PIDU.code(), FigureDimension.ETHNICITY, "彝族", 1),
                        new Figure(PIDU.code(), FigureDimension.AGE_AND_GENDER, "FROM_35_TO_39.FEMALE", 2)));

        DashboardView view = view();

        @SuppressWarnings("unchecked")
        Grid<String> levels = _get(view, Grid.class, spec -> spec.withId("figures-post_level"));
        assertThat(_size(levels)).isEqualTo(2);
        assertThat(_getFormattedRow(levels, 0).getFirst()).isEqualTo("温江区");
        assertThat(_getFormattedRow(levels, 1).getFirst()).isEqualTo("郫都区");
        assertThat(levels.getColumns().stream().map(c -> c.isSortable())).containsOnly(true);
        RouterLink wenjiang = cell(view, "figures-post_level", 0, "COUNTY_DEPUTY");
        assertThat(wenjiang.getText()).isEqualTo("1");
        assertThat(wenjiang.getId()).contains("figure-POST_LEVEL-COUNTY_DEPUTY-510115");
        assertThat(list(wenjiang)).isEqualTo("cadres?county=510115&level=COUNTY_DEPUTY&status=ACTIVE");
        assertThat(figure(view, "figure-POST_LEVEL-COUNTY_DEPUTY-SCOPE").getText())
                .isEqualTo("3");
        assertThat(list(figure(view, "figure-POST_LEVEL-COUNTY_DEPUTY-SCOPE")))
                .isEqualTo("cadres?level=COUNTY_DEPUTY&status=ACTIVE");
        assertThat(cell(view, "figures-post_level", 1, "TOWNSHIP_DEPUTY").getText())
                .isEqualTo("0");
        assertThat(figure(view, "figure-TOTAL-SCOPE").getText()).isEqualTo("5");
        // the chart's table repeats the county totals under ids of its own: ids stay unique
        assertThat(cell(view, "figures-total", 0, "TOTAL").getId()).contains("figure-TOTAL-510115");
        assertThat(cell(view, "chart-per-county-table", 0, "TOTAL").getId()).contains("chart-figure-TOTAL-510115");
        assertThat(list(cell(view, "figures-ethnicity", 1, "彝族")))
                .isEqualTo("cadres?county=510117&ethnicity=彝族&status=ACTIVE");
        assertThat(_get(view, Svg.class, spec -> spec.withId("chart-per-county"))
                        .getElement()
                        .getProperty("innerHTML"))
                .contains(">温江区</text>", ">3</text>", ">郫都区</text>");
        RouterLink women = cell(view, "chart-pyramid-table", 1, "FEMALE");
        assertThat(women.getText()).isEqualTo("2");
        assertThat(list(women)).isEqualTo("cadres?gender=FEMALE&maxAge=39&minAge=35&status=ACTIVE");
        assertThat(_get(view, Anchor.class, spec -> spec.withId("chart-pyramid-download"))
                        .getText())
                .isEqualTo("下载图表（SVG）");
        assertThat(list(cell(view, "figures-education", 0, "UNIVERSITY")))
                .isEqualTo("cadres?county=510115&education=UNIVERSITY&status=ACTIVE");
    }

    @Test
    void aCountyUserSeesTheirCountysFiguresWithoutAScopeSumAndIndicatorsApart() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        counted = new CadreFigures(List.of(WENJIANG.code()), List.of(new Figure(WENJIANG.code(), null, null, 3)));

        DashboardView view = view();

        assertThat(cell(view, "figures-total", 0, "TOTAL").getText()).isEqualTo("3");
        assertThat(_find(view, RouterLink.class, spec -> spec.withId("figure-TOTAL-SCOPE")))
                .isEmpty();
        assertThat(_find(view, Svg.class, spec -> spec.withId("chart-per-county")))
                .isEmpty();
        assertThat(_find(view, Svg.class, spec -> spec.withId("chart-pyramid"))).hasSize(1);
        assertThat(_find(view, Paragraph.class, spec -> spec.withId("dashboard-empty")))
                .hasSize(1);
    }

    @Test
    void theSelectionFiguresAreForThoseWhoSeeTheSelectionPages() {
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);

        DashboardView view = view();

        @SuppressWarnings("unchecked")
        Grid<SelectionFiguresPanel.Row> cases = _get(view, Grid.class, spec -> spec.withId("dashboard-cases-grid"));
        assertThat(_size(cases)).isEqualTo(2);
        assertThat(((RouterLink) _getCellComponent(cases, 0, "oversight-ACKNOWLEDGED")).getHref())
                .isEqualTo("selection/overview/510115/ACKNOWLEDGED");

        signIn(Tenancy.reading(Set.of(PIDU)), "viewer");
        assertThat(_find(view(), Grid.class, spec -> spec.withId("dashboard-cases-grid")))
                .isEmpty();
    }

    private static IndicatorReading shortfall(Map<TenantId, Measure> perTenant, Measure aggregate, String route) {
        return new IndicatorReading(
                "training", "training.completion", NAME_KEY, perTenant, aggregate, Optional.ofNullable(route));
    }

    @Test
    void aCountyUsersCardOpensTheListBehindTheFigure() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        Measure measure = new Measure(312, 340);
        readings.add(shortfall(Map.of(WENJIANG, measure), measure, "training/shortfall?status=short"));
        readings.add(
                new IndicatorReading("training", "training.hours", "nav.quota", Map.of(WENJIANG, measure), measure));

        DashboardView view = view();

        Div card = _get(view.indicators, Div.class, spec -> spec.withId("indicator-training-completion"));
        assertThat(card.getElement().getTextRecursively()).isEqualTo("工作日历91.8%312 / 340");
        RouterLink list = _get(card, RouterLink.class, spec -> spec.withId("indicator-training-completion-list"));
        assertThat(list.getHref()).isEqualTo("training/shortfall?status=short");
        assertThat(list.getElement().getTextRecursively()).isEqualTo("91.8%312 / 340");
        // an indicator without a route stays a plain figure
        Div hours = _get(view.indicators, Div.class, spec -> spec.withId("indicator-training-hours"));
        assertThat(_find(hours, RouterLink.class)).isEmpty();
    }

    @Test
    void aRouteOutsideThePortalOrToNoPageIsNotLinked() {
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        Measure measure = new Measure(1, 2);
        readings.add(shortfall(Map.of(WENJIANG, measure), measure, "//evil.example/training/shortfall"));
        readings.add(new IndicatorReading(
                "rotation", "rotation.due", "nav.quota", Map.of(WENJIANG, measure), measure, Optional.of("rotation")));

        DashboardView view = view();

        assertThat(_find(view.indicators, RouterLink.class)).isEmpty();
        assertThat(_get(view.indicators, Div.class, spec -> spec.withId("indicator-rotation-due"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("职数概览50%1 / 2");
    }

    @Test
    void aSupervisorsCountyRowOpensTheListWithThatCountyPickedAndTheTotalStaysANumber() {
        signIn(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        readings.add(shortfall(
                Map.of(PIDU, new Measure(150, 200), WENJIANG, new Measure(312, 340)),
                new Measure(462, 540),
                "training/shortfall?status=short"));
        readings.add(new IndicatorReading(
                "training", "training.hours", "nav.quota", Map.of(WENJIANG, new Measure(1, 4)), new Measure(1, 4)));

        DashboardView view = view();

        @SuppressWarnings("unchecked")
        Grid<DashboardView.Row> grid =
                _get(view.indicators, Grid.class, spec -> spec.withId("indicator-training-completion"));
        RouterLink wenjiang = (RouterLink) _getCellComponent(grid, 0, DashboardView.COUNTS);
        assertThat(wenjiang.getId()).contains("indicator-training-completion-510115");
        assertThat(wenjiang.getText()).isEqualTo("312 / 340");
        assertThat(wenjiang.getHref()).isEqualTo("scope/510115/training/shortfall?status=short");
        assertThat(((RouterLink) _getCellComponent(grid, 1, DashboardView.COUNTS)).getHref())
                .isEqualTo("scope/510117/training/shortfall?status=short");
        assertThat(_getCellComponent(grid, 2, DashboardView.COUNTS))
                .isInstanceOfSatisfying(
                        Span.class, total -> assertThat(total.getText()).isEqualTo("462 / 540"));
        // an indicator without a route: its rows are plain figures
        @SuppressWarnings("unchecked")
        Grid<DashboardView.Row> hours =
                _get(view.indicators, Grid.class, spec -> spec.withId("indicator-training-hours"));
        assertThat(_getFormattedRow(hours, 0)).containsExactly("温江区", "1 / 4", "25%");
    }
}
