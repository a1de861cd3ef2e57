package cn.zugong.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.post.PositionService;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.unit.UnitQuery;
import cn.zugong.core.unit.UnitRow;
import cn.zugong.core.unit.UnitService;
import cn.zugong.core.unit.UnitType;
import cn.zugong.ui.CountyOfficer;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The unit list at any screen width: a long unit name is shown whole, wrapped or on hover. */
@ExtendWith({PortalUi.class, CountyOfficer.class})
class UnitsViewTest {

    private static final UnitRow LONG = new UnitRow(
            UUID.randomUUID(), "510115", "中共成都市温江区委员会机构编制委员会办公室", UnitType.values()[0], "中共成都市温江区委员会", 1, 2);

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void longUnitAndParentNamesWrapAndShowWholeOnHover() {
        UI.getCurrent().add(new UnitsView(new OneUnit(), new NoQuotas(), new PositionService(), EmptyFrame.tenants()));
        @SuppressWarnings("unchecked")
        Grid<UnitRow> grid = LocatorJ._get(Grid.class, spec -> spec.withId("units-grid"));

        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(grid.getColumnByKey("name").getTooltipGenerator().apply(LONG))
                .isEqualTo(LONG.name());
        assertThat(grid.getColumnByKey("parent").getTooltipGenerator().apply(LONG))
                .isEqualTo(LONG.parentName());
    }

    private static final class OneUnit extends UnitService {
        @Override
        public List<UnitRow> list(UnitQuery query) {
            return List.of(LONG);
        }

        @Override
        public int count(String search, Collection<UUID> only) {
            return 1;
        }
    }

    private static final class NoQuotas extends QuotaService {
        @Override
        public Map<UUID, UnitQuota> ofUnits(Collection<UUID> units) {
            return Map.of();
        }
    }
}
