package cn.zugong.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.statistics.CountyStatistics;
import cn.zugong.core.statistics.StatisticsService;
import cn.zugong.core.statistics.YearStatistics;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.ChengduDirectory;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.cadre.CadresView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's trend by year without a browser: loaded on demand, the figures per year and
 * their links to the cadres behind them, a supervisor's figures per county. What the statistics
 * count is tested on a database in core ({@code FigureCadresTest}); here what is shown and linked.
 */
@ExtendWith(PortalUi.class)
class TrendsPanelTest {

    private static final TenantId WENJIANG = ChengduDirectory.WENJIANG;
    private static final TenantId PIDU = ChengduDirectory.PIDU;

    private static final Map<String, CountyStatistics> FIGURES_2024 = Map.of(
            "510115",
                    new CountyStatistics(Map.of(
                            "basic.COUNTY_DEPUTY.TOTAL", 2L,
                            "basic.OTHER.TOTAL", 3L,
                            "basic.OTHER.FEMALE", 1L)),
            "510117", new CountyStatistics(Map.of("basic.COUNTY_DEPUTY.TOTAL", 1L)));
    private static final Map<String, CountyStatistics> FIGURES_2025 = Map.of(
            "510115",
                    new CountyStatistics(Map.of(
                            "basic.COUNTY_DEPUTY.TOTAL", 1L,
                            "basic.COUNTY_DEPUTY.FEMALE", 1L,
                            "basic.OTHER.TOTAL", 3L,
                            "basic.OTHER.FEMALE", 1L)),
            "510117", new CountyStatistics(Map.of("basic.COUNTY_DEPUTY.TOTAL", 1L, "basic.COUNTY_DEPUTY.FEMALE", 1L)));

    private int asked;

    private final StatisticsService statistics = new StatisticsService() {
        @Override
        public List<YearStatistics> trend(int years) {
            asked = years;
            return List.of(yearOf(2024, FIGURES_2024), yearOf(2025, FIGURES_2025));
        }
    };

    private static YearStatistics yearOf(int year, Map<String, CountyStatistics> figures) {
        List<YearStatistics.County> counties = new ArrayList<>();
        TenancyHolder.current().readable().stream()
                .map(TenantId::code)
                .sorted()
                .forEach(code -> counties.add(new YearStatistics.County(code, figures.get(code), Optional.empty())));
        return new YearStatistics(year, LocalDate.of(year, 12, 31), counties);
    }

    private final TenantDirectory directory = new ChengduDirectory();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("cadres", CadresView.class);
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private TrendsPanel panel(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        TrendsPanel panel = new TrendsPanel(statistics, directory);
        UI.getCurrent().add(panel);
        return panel;
    }

    /** A link's address, its parameters in alphabetical order (the router keeps them in no order). */
    private static String href(Component cell) {
        String href = ((RouterLink) cell).getHref();
        int query = href.indexOf('?');
        return query < 0
                ? href
                : href.substring(0, query + 1)
                        + String.join(
                                "&",
                                java.util.Arrays.stream(
                                                href.substring(query + 1).split("&"))
                                        .sorted()
                                        .toList());
    }

    private static String text(Component cell) {
        return cell instanceof Button button ? button.getText() : ((RouterLink) cell).getText();
    }

    @Test
    void theTrendIsCountedOnlyWhenAskedFor() {
        TrendsPanel panel = panel(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);

        assertThat(asked).isZero();
        assertThat(panel.table.isAttached()).isFalse();

        panel.load.click();

        assertThat(asked).isEqualTo(TrendsPanel.YEARS);
        assertThat(panel.load.isVisible()).isFalse();
        assertThat(panel.table.isAttached()).isTrue();
    }

    @Test
    void aCountyUsersYearFigureOpensTheCadresInPostThatDay() {
        TrendsPanel panel = panel(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        panel.load.click();

        assertThat(_size(panel.table)).isEqualTo(TrendsPanel.FIGURES.size());
        Component inPost2025 = _getCellComponent(panel.table, 0, "2025");
        assertThat(text(inPost2025)).isEqualTo("4");
        assertThat(href(inPost2025)).isEqualTo("cadres?county=510115&heldOn=2025-12-31");
        Component women2024 = _getCellComponent(panel.table, 1, "2024");
        assertThat(text(women2024)).isEqualTo("1");
        assertThat(href(women2024)).isEqualTo("cadres?county=510115&figure=basic.ALL.FEMALE&heldOn=2024-12-31");
        int deputies = TrendsPanel.FIGURES.indexOf("basic.COUNTY_DEPUTY.TOTAL");
        assertThat(text(_getCellComponent(panel.table, deputies, "2024"))).isEqualTo("2");
        assertThat(href(_getCellComponent(panel.table, deputies, "2024")))
                .isEqualTo("cadres?county=510115&figure=basic.COUNTY_DEPUTY.TOTAL&heldOn=2024-12-31");
        assertThat(panel.counties.isAttached())
                .as("no table per county for one county")
                .isFalse();
        Svg chart = com.github.mvysny.kaributesting.v10.LocatorJ._get(Svg.class, spec -> spec.withId("chart-trend"));
        assertThat(chart.getElement().getProperty("innerHTML"))
                .contains("历年在职干部")
                .contains(">2024<")
                .contains(">5<")
                .contains(">4<");
    }

    @Test
    void aCountyUserNeverSeesAnotherCountysFigures() {
        TrendsPanel panel = panel(Tenancy.writing(PIDU), CurrentUser.OFFICER);
        panel.load.click();

        assertThat(text(_getCellComponent(panel.table, 0, "2025"))).isEqualTo("1");
        assertThat(href(_getCellComponent(panel.table, 0, "2025"))).contains("county=510117");
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("温江区");
    }

    @Test
    void aSupervisorsYearFigureChoosesTheFigurePerCountyWhoseNumbersOpenTheirLists() {
        TrendsPanel panel = panel(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);
        panel.load.click();

        Component women2025 = _getCellComponent(panel.table, 1, "2025");
        assertThat(text(women2025)).isEqualTo("3");
        assertThat(_size(panel.counties)).isEqualTo(2);
        assertThat(text(_getCellComponent(panel.counties, 0, "2025")))
                .as("cadres in post")
                .isEqualTo("4");

        ((Button) women2025).click();

        assertThat(panel.figure.getValue()).isEqualTo("basic.ALL.FEMALE");
        Component wenjiang = _getCellComponent(panel.counties, 0, "2025");
        assertThat(text(wenjiang)).isEqualTo("2");
        assertThat(href(wenjiang)).isEqualTo("cadres?county=510115&figure=basic.ALL.FEMALE&heldOn=2025-12-31");
        assertThat(((RouterLink) wenjiang).getId()).hasValue("trend-510115-2025-basic-ALL-FEMALE");
        Component pidu = _getCellComponent(panel.counties, 1, "2024");
        assertThat(text(pidu)).isEqualTo("0");
        assertThat(href(pidu)).isEqualTo("cadres?county=510117&figure=basic.ALL.FEMALE&heldOn=2024-12-31");
    }
}
