package cn.zugong.ui.selection;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.CountyCases;
import cn.zugong.core.selection.domain.CountyOversight;
import cn.zugong.core.selection.domain.OversightMeasure;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.EmptyFrame;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspector's counts per county on the overview, each a link to its cases; zeros are plain. */
class SelectionOverviewViewTest {

    private static final String WENJIANG = "510115";

    @BeforeAll
    static void bundles() {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("cn.zugong.ui.selection"));
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        TenancyHolder.set(Tenancy.reading(Set.of(new TenantId(WENJIANG))));
        CurrentUserHolder.set(new CurrentUser("inspector", "Inspector", Set.of("supervisor"), Set.of()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    @Test
    void eachCountIsALinkToTheCountysCasesOfThatMeasure() {
        SelectionOverviewView view = new SelectionOverviewView(
                () -> List.of(new CountyCases(WENJIANG, 2, Map.of(), 1)),
                () -> List.of(new CountyOversight(
                        WENJIANG, Map.of(OversightMeasure.QUOTA_ADJUSTMENT, 1, OversightMeasure.OVERDUE, 1))),
                30,
                new Counties(EmptyFrame.tenants()));
        UI.getCurrent().add(view);
        view.beforeEnter(null);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) (Grid<?>) view.grid;

        String row = String.join(" | ", _getFormattedRow(grid, 0));

        assertThat(row)
                .contains("RouterLink[text='1', @class='oversight-QUOTA_ADJUSTMENT']")
                .contains("RouterLink[text='1', @class='oversight-OVERDUE']")
                .contains("Span[text='0', @class='oversight-BREAK_GRADE']");
        assertThat(header(view, "oversight-QUOTA_ADJUSTMENT")).isEqualTo("职数调整");
        assertThat(header(view, "oversight-OVERDUE")).isEqualTo("超过环节期限（30 天）");
        // the counts share the window's width and their headers wrap, so none is pushed out of view
        for (var column :
                view.grid.getColumns().subList(1, view.grid.getColumns().size())) {
            assertThat(column.isAutoWidth()).as(column.getKey()).isFalse();
            assertThat(column.getFlexGrow()).as(column.getKey()).isPositive();
        }
    }

    private static String header(SelectionOverviewView view, String key) {
        return view.grid.getColumnByKey(key).getHeaderComponent().getElement().getTextRecursively();
    }

    @Test
    void aStepsCountIsALinkToTheCountysOpenCasesAtThatStep() {
        SelectionOverviewView view = new SelectionOverviewView(
                () -> List.of(new CountyCases(WENJIANG, 2, Map.of(SelectionStep.INSPECTION, 2), 0)),
                List::of,
                30,
                new Counties(EmptyFrame.tenants()));
        UI.getCurrent().add(view);
        view.beforeEnter(null);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = (Grid<Object>) (Grid<?>) view.grid;

        String row = String.join(" | ", _getFormattedRow(grid, 0));

        assertThat(row)
                .contains("RouterLink[text='2', @class='overview-step-INSPECTION']")
                .doesNotContain("overview-step-DECISION");
        RouterLink link =
                (RouterLink) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "step-INSPECTION");
        assertThat(link.getHref()).startsWith("selection?").contains("county=" + WENJIANG, "step=INSPECTION");
    }
}
