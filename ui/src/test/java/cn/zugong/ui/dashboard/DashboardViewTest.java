package cn.zugong.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.dashboard.IndicatorReading;
import cn.zugong.core.plugin.dashboard.IndicatorService;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard without a browser: a county's cards, a supervisor's rows per county, the empty state. */
@ExtendWith(PortalUi.class)
class DashboardViewTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");

    /** The plugins' own bundles are not loaded without the plugin host: a portal key stands for the name. */
    private static final String NAME_KEY = "nav.calendar";

    private final List<IndicatorReading> readings = new ArrayList<>();

    private final IndicatorService service = new IndicatorService() {
        @Override
        public List<IndicatorReading> readings() {
            return readings;
        }
    };

    private final TenantDirectory directory = new TenantDirectory() {
        private final Tenant chengdu = new Tenant(new TenantId("510100"), null, "成都市", "Chengdu");
        private final List<Tenant> tenants = List.of(
                chengdu, new Tenant(WENJIANG, chengdu, "温江区", "Wenjiang"), new Tenant(PIDU, chengdu, "郫都区", "Pidu"));

        @Override
        public List<Tenant> all() {
            return tenants;
        }
    };

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

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
        DashboardView view = new DashboardView(service, directory);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "dashboard")).isEmpty();
        return view;
    }

    @Test
    void aUserWithoutATenancyIsRefused() {
        signIn(Tenancy.NONE, CurrentUser.PLATFORM_SYSADMIN);

        assertThat(Entering.refusal(new DashboardView(service, directory), "dashboard"))
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
                .isEqualTo("暂无指标。本单位启用的模块提供指标后，将在这里显示。");
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
}
