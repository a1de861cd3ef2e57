package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.cadre.infrastructure.excel.CadreExport;
import cn.zugong.core.plugin.formats.PluginFormat;
import cn.zugong.core.plugin.formats.PluginFormats;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitService;
import cn.zugong.ui.CountyOfficer;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Test
    void aLinksParametersFilterTheListAndShowInTheFilterFields() {
        NoCadres cadres = new NoCadres();
        CadresView view =
                new CadresView(cadres, new UnitService(), EmptyFrame.tenants(), new CadreExport(), new NoFormats());
        UI.getCurrent().add(view);

        view.open(QueryParameters.fromString(
                "county=510115&level=COUNTY_DEPUTY&status=ACTIVE&education=UNIVERSITY&minAge=35&maxAge=39&gender=x"));
        @SuppressWarnings("unchecked")
        Grid<CadreRow> grid = LocatorJ._get(Grid.class, spec -> spec.withId("cadres-grid"));
        GridKt._size(grid);

        CadreFilter asked = cadres.lastFilter;
        assertThat(asked.county()).isEqualTo("510115");
        assertThat(asked.postLevel()).isEqualTo(PostLevel.COUNTY_DEPUTY);
        assertThat(asked.status()).isEqualTo(CadreStatus.ACTIVE);
        assertThat(asked.minEducation()).isEqualTo(EducationLevel.UNIVERSITY);
        assertThat(asked.minAge()).isEqualTo(35);
        assertThat(asked.maxAge()).isEqualTo(39);
        assertThat(asked.gender()).as("a value that does not parse is ignored").isNull();
        assertThat(LocatorJ._get(Details.class, spec -> spec.withId("cadre-filters"))
                        .isOpened())
                .isTrue();
    }

    @Test
    void theParametersOfAFilterOpenTheSameFilter() {
        CadreFilter filter = new CadreFilter(
                        "",
                        null,
                        PostLevel.TOWNSHIP_DEPUTY,
                        null,
                        40,
                        44,
                        Gender.FEMALE,
                        "藏族",
                        PoliticalStatus.MASSES,
                        EducationLevel.COLLEGE,
                        CadreStatus.ACTIVE,
                        ManagementAuthority.CITY,
                        null)
                .withCounty("510117");

        CadreFilter back =
                CadreListParameters.parse(CadreListParameters.of(filter)).orElseThrow();

        assertThat(back.withCounty("510117"))
                .usingRecursiveComparison()
                .ignoringFields("referenceDate")
                .isEqualTo(filter);
        assertThat(back.county()).isEqualTo("510117");
        assertThat(CadreListParameters.parse(QueryParameters.empty())).isEmpty();
        assertThat(CadreListParameters.parse(QueryParameters.fromString("minAge=50&maxAge=40")))
                .as("an impossible age range opens the list unfiltered")
                .isEmpty();
    }

    @Test
    void aStatisticsFigureLinkFiltersByTheDateAndShowsARemovableChip() {
        NoCadres cadres = new NoCadres();
        CadresView view =
                new CadresView(cadres, new UnitService(), EmptyFrame.tenants(), new CadreExport(), new NoFormats());
        UI.getCurrent().add(view);

        view.open(QueryParameters.fromString("county=510115&heldOn=2025-12-31&figure=basic.COUNTY_DEPUTY.FEMALE"));
        @SuppressWarnings("unchecked")
        Grid<CadreRow> grid = LocatorJ._get(Grid.class, spec -> spec.withId("cadres-grid"));
        GridKt._size(grid);

        assertThat(cadres.lastFilter.county()).isEqualTo("510115");
        assertThat(cadres.lastFilter.held())
                .isEqualTo(new HeldFigure(LocalDate.of(2025, 12, 31), "basic.COUNTY_DEPUTY.FEMALE"));
        Span chip = LocatorJ._get(Span.class, spec -> spec.withId("filter-held"));
        assertThat(chip.getText()).isEqualTo("在职于 2025-12-31 · 统计项：县处级副职 · 女");

        LocatorJ._click(LocatorJ._get(Button.class, spec -> spec.withId("filter-held-clear")));
        GridKt._size(grid);

        assertThat(cadres.lastFilter.held())
                .as("the chip removed, the list is no longer narrowed")
                .isNull();
        assertThat(cadres.lastFilter.county()).isEqualTo("510115");
        assertThat(LocatorJ._find(HorizontalLayout.class, spec -> spec.withId("filter-held-chip")))
                .as("the chip is hidden")
                .isEmpty();
    }

    @Test
    void theFigureChipSaysAChangeOfTheYearInEnglishToo() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        CadresView view = new CadresView(
                new NoCadres(), new UnitService(), EmptyFrame.tenants(), new CadreExport(), new NoFormats());
        UI.getCurrent().add(view);

        view.open(QueryParameters.fromString("heldOn=2025-12-31&figure=change.RETIRED"));

        assertThat(LocatorJ._get(Span.class, spec -> spec.withId("filter-held")).getText())
                .isEqualTo("Retired in the year to 2025-12-31");
    }

    @Test
    void theDateAndFigureRoundTripAndABadOneIsIgnored() {
        CadreFilter filter = CadreFilter.NONE
                .withCounty("510115")
                .withHeld(new HeldFigure(LocalDate.of(2024, 12, 31), "change.TRANSFERRED_OUT"));

        QueryParameters parameters = CadreListParameters.of(filter);

        assertThat(parameters.getParameters())
                .isEqualTo(Map.of(
                        "county", List.of("510115"),
                        "heldOn", List.of("2024-12-31"),
                        "figure", List.of("change.TRANSFERRED_OUT")));
        assertThat(CadreListParameters.parse(parameters).orElseThrow().held()).isEqualTo(filter.held());
        assertThat(CadreListParameters.of(CadreFilter.NONE.withHeld(new HeldFigure(LocalDate.of(2024, 12, 31), null)))
                        .getQueryString())
                .isEqualTo("heldOn=2024-12-31");
        assertThat(CadreListParameters.parse(QueryParameters.fromString("county=510115&heldOn=2024-13-40"))
                        .orElseThrow()
                        .held())
                .isNull();
        assertThat(CadreListParameters.parse(QueryParameters.fromString("heldOn=2024-12-31&figure=basic.X.TOTAL"))
                        .orElseThrow()
                        .held())
                .isNull();
    }

    private static final class NoFormats extends PluginFormats {
        @Override
        public List<PluginFormat> available() {
            return List.of();
        }
    }

    private static final class NoCadres extends CadreService {
        CadreFilter lastFilter;

        @Override
        public List<CadreRow> list(CadreQuery query) {
            lastFilter = query.filter();
            return List.of();
        }

        @Override
        public int count(CadreFilter filter) {
            lastFilter = filter;
            return 0;
        }
    }
}
