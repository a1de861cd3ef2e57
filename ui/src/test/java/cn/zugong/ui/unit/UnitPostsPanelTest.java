package cn.zugong.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.post.PositionService;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.ui.CountyOfficer;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A unit's positions in its dialog: equal titles told apart by their order and who holds them. */
@ExtendWith({PortalUi.class, CountyOfficer.class})
class UnitPostsPanelTest {

    private final OrgUnit unit = new OrgUnit();
    private final List<UnitPosition> deputies = List.of(deputy(0), deputy(1), deputy(2));

    private UnitPosition deputy(int order) {
        return new UnitPosition(unit.getId(), "副区长", PostLevel.COUNTY_DEPUTY, AppointmentMethod.ELECTED, order);
    }

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void equalTitlesShowTheirOrderAndTheirHolderOrVacant() {
        UnitPostsPanel panel = new UnitPostsPanel(unit, new NoQuota(), new Deputies());
        UI.getCurrent().add(panel);

        @SuppressWarnings("unchecked")
        Grid<UnitPosition> grid = LocatorJ._get(panel, Grid.class, spec -> spec.withId("positions-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("1", "副区长", "李红");
        assertThat(GridKt._getFormattedRow(grid, 1)).startsWith("2", "副区长", "空缺");
        assertThat(GridKt._getFormattedRow(grid, 2)).startsWith("3", "副区长", "空缺");
    }

    private final class Deputies extends PositionService {
        @Override
        public List<UnitPosition> positions(UUID unitId) {
            return deputies;
        }

        @Override
        public Map<UUID, List<String>> holders(UUID unitId) {
            return Map.of(deputies.getFirst().getId(), List.of("李红"));
        }
    }

    private static final class NoQuota extends QuotaService {
        @Override
        public Optional<UnitQuota> ofUnit(UUID unit) {
            return Optional.empty();
        }
    }
}
