package cn.zugong.ui.dashboard;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.AgeBand;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.tenant.TenantDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard's charts, drawn as SVG on the server ({@link SvgCharts}): active cadres per county
 * (for a supervisor) and the age pyramid of the tenancy. Each chart has its table beside it, whose
 * numbers link to their lists, and a link that downloads the chart as an .svg file.
 */
class CadreChartsPanel extends FlexLayout {

    private final CadreFigures figures;
    private final TenantDirectory directory;

    CadreChartsPanel(CadreFigures figures, TenantDirectory directory) {
        this.figures = figures;
        this.directory = directory;
        setId("dashboard-charts");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-l)");
        if (figures.counties().size() > 1) {
            add(perCounty());
        }
        add(pyramid());
    }

    private Component perCounty() {
        String title = getTranslation("dashboard.chart.perCounty");
        List<SvgCharts.Bar> bars = figures.counties().stream()
                .map(c -> new SvgCharts.Bar(name(c), figures.total(c)))
                .toList();
        Grid<String> table = new Grid<>();
        table.setId("chart-per-county-table");
        table.setAllRowsVisible(true);
        table.setWidth("18em");
        table.addColumn(this::name).setHeader(getTranslation("dashboard.column.tenant"));
        table.addComponentColumn(c -> {
                    RouterLink link = CadreFiguresPanel.link(figures, null, null, c);
                    // the same figure stands in the figures table: an id of its own, as ids are unique
                    link.setId("chart-" + link.getId().orElseThrow());
                    return link;
                })
                .setKey("TOTAL")
                .setHeader(getTranslation("dashboard.figures.total"));
        table.setItems(figures.counties());
        return chart("chart-per-county", SvgCharts.bars(title, bars), table);
    }

    private Component pyramid() {
        String title = getTranslation("dashboard.chart.pyramid");
        String county = figures.counties().size() == 1 ? figures.counties().getFirst() : null;
        List<AgeBand> bands = Arrays.asList(AgeBand.values());
        List<SvgCharts.Tier> tiers = bands.stream()
                .map(b -> new SvgCharts.Tier(
                        getTranslation("dashboard.age-band." + b.name()),
                        count(b, Gender.MALE),
                        count(b, Gender.FEMALE)))
                .toList();
        Grid<AgeBand> table = new Grid<>();
        table.setId("chart-pyramid-table");
        table.setAllRowsVisible(true);
        table.setWidth("20em");
        table.addColumn(b -> getTranslation("dashboard.age-band." + b.name()))
                .setHeader(getTranslation("dashboard.figures.AGE_BAND"));
        for (Gender gender : Gender.values()) {
            table.addComponentColumn(b -> CadreFiguresPanel.link(
                            figures, FigureDimension.AGE_AND_GENDER, FigureDimension.ageAndGender(b, gender), county))
                    .setKey(gender.name())
                    .setHeader(getTranslation("cadre.gender." + gender.name()));
        }
        table.setItems(bands);
        String svg = SvgCharts.pyramid(
                title,
                getTranslation("cadre.gender." + Gender.MALE.name()),
                getTranslation("cadre.gender." + Gender.FEMALE.name()),
                tiers);
        return chart("chart-pyramid", svg, table);
    }

    private long count(AgeBand band, Gender gender) {
        String category = FigureDimension.ageAndGender(band, gender);
        return figures.sum(FigureDimension.AGE_AND_GENDER, category);
    }

    /** The chart, its table beside it and its actions. */
    private static Component chart(String id, String svg, Grid<?> table) {
        return new ChartBlock(id, svg, table);
    }

    private String name(String county) {
        return directory
                .find(new TenantId(county))
                .map(t -> t.name(getLocale()))
                .orElse(county);
    }
}
