package cn.zugong.ui.dashboard;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.selection.CasesView;
import cn.zugong.ui.selection.OversightCasesView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dashboard's selection figures: counties side by side, every count a link to the cases it counts. */
@ExtendWith(PortalUi.class)
class SelectionFiguresPanelTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    private final TenantDirectory directory = new TenantDirectory() {
        @Override
        public List<Tenant> all() {
            return List.of(
                    new Tenant(new TenantId(WENJIANG), null, "温江区", "Wenjiang"),
                    new Tenant(new TenantId(PIDU), null, "郫都区", "Pidu"));
        }
    };

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("selection", CasesView.class);
        RouteConfiguration.forApplicationScope()
                .setRoute("selection/overview/:county/:measure", OversightCasesView.class);
    }

    private SelectionFiguresPanel panel() {
        SelectionFiguresPanel panel = new SelectionFiguresPanel(
                List.of(
                        new CountyCases(WENJIANG, 3, Map.of(SelectionStep.INSPECTION, 2, SelectionStep.DECISION, 1), 1),
                        new CountyCases(PIDU, 1, Map.of(SelectionStep.INSPECTION, 1), 0)),
                List.of(new CountyOversight(PIDU, Map.of(OversightMeasure.PUBLICITY_SKIPPED, 1))),
                30,
                directory);
        UI.getCurrent().add(panel);
        return panel;
    }

    private static String query(RouterLink link) {
        String href = link.getHref();
        int at = href.indexOf('?');
        if (at < 0) {
            return href;
        }
        return href.substring(0, at) + "?"
                + new TreeMap<>(
                        QueryParameters.fromString(href.substring(at + 1)).getParameters());
    }

    @Test
    void eachStepsCountOpensTheCountysOpenCasesAtThatStep() {
        SelectionFiguresPanel panel = panel();

        RouterLink wenjiang = (RouterLink) _getCellComponent(grid(panel), 0, "step-INSPECTION");
        assertThat(wenjiang.getId()).contains("cases-step-INSPECTION-510115");
        assertThat(wenjiang.getText()).isEqualTo("2");
        assertThat(query(wenjiang)).isEqualTo("selection?{county=[510115], step=[INSPECTION]}");
        RouterLink scope = _get(panel, RouterLink.class, spec -> spec.withId("cases-step-INSPECTION-SCOPE"));
        assertThat(scope.getText()).isEqualTo("3");
        assertThat(query(scope)).isEqualTo("selection?{step=[INSPECTION]}");
        assertThat(_get(panel, RouterLink.class, spec -> spec.withId("cases-open-SCOPE"))
                        .getText())
                .isEqualTo("4");
    }

    @Test
    void anInspectorsMeasureOpensTheOverviewsListOfThatCounty() {
        SelectionFiguresPanel panel = panel();

        RouterLink skipped = (RouterLink) _getCellComponent(grid(panel), 1, "oversight-PUBLICITY_SKIPPED");
        assertThat(skipped.getId()).contains("cases-oversight-PUBLICITY_SKIPPED-510117");
        assertThat(skipped.getText()).isEqualTo("1");
        assertThat(skipped.getHref()).isEqualTo("selection/overview/510117/PUBLICITY_SKIPPED");
        Span zero = (Span) _getCellComponent(grid(panel), 0, "oversight-PUBLICITY_SKIPPED");
        assertThat(zero.getText()).isEqualTo("0");
        assertThat(zero.getId()).contains("cases-oversight-PUBLICITY_SKIPPED-510115");
    }

    @SuppressWarnings("unchecked")
    private static Grid<SelectionFiguresPanel.Row> grid(SelectionFiguresPanel panel) {
        return _get(panel, Grid.class, spec -> spec.withId("dashboard-cases-grid"));
    }

    @Test
    void theCountiesStandSideBySideSortableByEveryCount() {
        Grid<SelectionFiguresPanel.Row> grid = grid(panel());

        assertThat(_size(grid)).isEqualTo(2);
        assertThat(grid.getColumns()).allMatch(Grid.Column::isSortable);
        assertThat(((RouterLink) _getCellComponent(grid, 1, "step-INSPECTION")).getText())
                .isEqualTo("1");
        assertThat(grid.getColumnByKey("step-INSPECTION").getHeaderText()).isEqualTo("考察");
    }

    @Test
    void aCountyAloneHasNoScopeSum() {
        SelectionFiguresPanel panel = new SelectionFiguresPanel(
                List.of(new CountyCases(WENJIANG, 1, Map.of(SelectionStep.INSPECTION, 1), 0)),
                List.of(),
                30,
                directory);
        UI.getCurrent().add(panel);

        assertThat(_find(panel, RouterLink.class, spec -> spec.withId("cases-open-SCOPE")))
                .isEmpty();
    }
}
