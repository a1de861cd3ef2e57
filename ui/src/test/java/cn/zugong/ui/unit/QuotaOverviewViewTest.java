package cn.zugong.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.post.QuotaFilter;
import cn.zugong.core.post.QuotaQuery;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.QuotaTotals;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import cn.zugong.ui.CountyOfficer;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The post quota overview at any screen width: whole unit names, the totals row complete. */
@ExtendWith({PortalUi.class, CountyOfficer.class})
class QuotaOverviewViewTest {

    private static final String LONG_NAME = "中共成都市温江区委员会组织部机关党支部";

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitQuota> grid() {
        UI.getCurrent().add(new QuotaOverviewView(new OneUnit(), EmptyFrame.tenants()));
        return LocatorJ._get(Grid.class, spec -> spec.withId("quota-grid"));
    }

    @Test
    void longUnitNamesWrapAndShowWholeOnHover() {
        Grid<UnitQuota> grid = grid();

        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumnByKey("unit").getTooltipGenerator()).isNotNull();
        assertThat(grid.getColumnByKey("unit").getTooltipGenerator().apply(OneUnit.ROW))
                .isEqualTo(LONG_NAME);
    }

    @Test
    void theTotalsRowCountsTheOverStaffedUnitsUnderTheirColumn() {
        Grid<UnitQuota> grid = grid();

        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("quota-totals"))
                        .getText())
                .startsWith("合计");
        assertThat(grid.getFooterRows()
                        .getFirst()
                        .getCell(grid.getColumnByKey("status"))
                        .getText())
                .isEqualTo("1 个超配");
    }

    /** One over-staffed unit with a long name. */
    private static final class OneUnit extends QuotaService {

        static final UnitQuota ROW = new UnitQuota(
                UUID.randomUUID(), "510115", LONG_NAME, UnitType.values()[0], PostLevel.TOWNSHIP_PRINCIPAL, 1, 2, 2, 1);

        @Override
        public List<UnitQuota> list(QuotaQuery query) {
            return List.of(ROW);
        }

        @Override
        public int count(QuotaFilter filter) {
            return 1;
        }

        @Override
        public QuotaTotals totals(QuotaFilter filter) {
            return new QuotaTotals(1, 1, 2, 2, 1, 1, 1, 1);
        }
    }
}
