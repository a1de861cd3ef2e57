package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.infrastructure.excel.CadreExport;
import cn.zugong.core.plugin.formats.PluginFormat;
import cn.zugong.core.plugin.formats.PluginFormats;
import cn.zugong.core.unit.UnitService;
import cn.zugong.ui.CountyOfficer;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cadre list's columns: the unit and the post get the room, short facts stay narrow. */
@ExtendWith({PortalUi.class, CountyOfficer.class})
class CadresViewTest {

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("cadres/import", CadreImportView.class);
        RouteConfiguration.forApplicationScope().setRoute("cadres/lrmx", CadreLrmxView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CadreRow> grid() {
        UI.getCurrent()
                .add(new CadresView(
                        new NoCadres(), new UnitService(), EmptyFrame.tenants(), new CadreExport(), new NoFormats()));
        return LocatorJ._get(Grid.class, spec -> spec.withId("cadres-grid"));
    }

    @Test
    void theUnitAndThePostTakeTheRoomAndWrapWhileGenderAndEthnicityStayNarrow() {
        Grid<CadreRow> grid = grid();

        assertThat(grid.getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        for (String wide : List.of("unit", "currentPost")) {
            assertThat(grid.getColumnByKey(wide).getFlexGrow()).as(wide).isEqualTo(3);
            assertThat(grid.getColumnByKey(wide).getTooltipGenerator()).as(wide).isNotNull();
        }
        for (String narrow : List.of("gender", "age", "ethnicity")) {
            assertThat(grid.getColumnByKey(narrow).getFlexGrow()).as(narrow).isZero();
        }
        assertThat(grid.getColumnByKey("name").isAutoWidth()).isTrue();
        assertThat(grid.getColumnByKey("name").getFlexGrow()).isZero();
    }

    private static final class NoFormats extends PluginFormats {
        @Override
        public List<PluginFormat> available() {
            return List.of();
        }
    }

    private static final class NoCadres extends CadreService {
        @Override
        public List<CadreRow> list(CadreQuery query) {
            return List.of();
        }

        @Override
        public int count(CadreFilter filter) {
            return 0;
        }
    }
}
