package cn.zugong.ui.dashboard;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.cadre.CadreListParameters;
import cn.zugong.ui.cadre.CadresView;
import cn.zugong.ui.cadre.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The core cadre figures of the dashboard: per dimension a grid with one row per county of the
 * tenancy (sortable by any column) and, for a supervisor, the scope's sums in the footer. Every
 * number is a link to the cadre list filtered as it counts ({@link CadreListParameters}), so the
 * list behind a figure is one click away.
 */
class CadreFiguresPanel extends VerticalLayout {

    private final CadreFigures figures;
    private final TenantDirectory directory;

    CadreFiguresPanel(CadreFigures figures, TenantDirectory directory) {
        this.figures = figures;
        this.directory = directory;
        setId("dashboard-figures");
        setPadding(false);
        add(new H3(getTranslation("dashboard.figures.title")));
        add(section(null));
        for (FigureDimension dimension : FigureDimension.values()) {
            // The age pyramid has its own chart and table (CadreChartsPanel).
            if (dimension != FigureDimension.AGE_AND_GENDER
                    && !figures.categories(dimension).isEmpty()) {
                add(section(dimension));
            }
        }
    }

    /** The id of a figure's link, for tests and the browser: {@code figure-<dimension>-<category>-<county>}. */
    static String linkId(FigureDimension dimension, String category, String county) {
        String what = dimension == null ? "TOTAL" : dimension.name() + "-" + category;
        return "figure-" + what + "-" + (county == null ? "SCOPE" : county);
    }

    private Component section(FigureDimension dimension) {
        Grid<String> grid = new Grid<>();
        grid.setId("figures-" + (dimension == null ? "total" : dimension.name().toLowerCase(Locale.ROOT)));
        grid.setAllRowsVisible(true);
        grid.addColumn(this::countyName)
                .setHeader(getTranslation("dashboard.column.tenant"))
                .setComparator(Comparator.naturalOrder())
                .setSortable(true)
                .setAutoWidth(true)
                .setFrozen(true);
        List<String> categories = dimension == null ? List.of("") : figures.categories(dimension);
        boolean scope = figures.counties().size() > 1;
        FooterRow footer = scope ? grid.appendFooterRow() : null;
        if (footer != null) {
            footer.getCell(grid.getColumns().getFirst()).setText(getTranslation("dashboard.aggregate"));
        }
        for (String category : categories) {
            String shown = dimension == null ? null : category;
            Grid.Column<String> column = grid.addComponentColumn(county -> link(dimension, shown, county))
                    .setHeader(
                            dimension == null ? getTranslation("dashboard.figures.total") : label(dimension, category))
                    .setKey(dimension == null ? "TOTAL" : category)
                    .setComparator(county -> figures.count(county, dimension, shown))
                    .setSortable(true)
                    .setAutoWidth(true);
            if (footer != null) {
                footer.getCell(column).setComponent(link(dimension, shown, null));
            }
        }
        grid.setItems(figures.counties());
        String title = getTranslation(
                dimension == null ? "dashboard.figures.cadres" : "dashboard.figures." + dimension.name());
        VerticalLayout section = new VerticalLayout(new H3(title), grid);
        section.setPadding(false);
        return section;
    }

    private RouterLink link(FigureDimension dimension, String category, String county) {
        return link(figures, dimension, category, county);
    }

    /** A figure as a link to its list; {@code county} null for the scope's sum. */
    static RouterLink link(CadreFigures figures, FigureDimension dimension, String category, String county) {
        long count = county == null ? figures.sum(dimension, category) : figures.count(county, dimension, category);
        CadreFilter filter = dimension == null ? FigureDimension.activeCadres() : dimension.filter(category);
        RouterLink link = new RouterLink(String.valueOf(count), CadresView.class);
        link.setQueryParameters(CadreListParameters.of(filter.withCounty(county)));
        link.setId(linkId(dimension, category, county));
        link.addClassName("figure");
        return link;
    }

    private String label(FigureDimension dimension, String category) {
        return switch (dimension) {
            case ETHNICITY -> category;
            case AGE_BAND -> getTranslation("dashboard.age-band." + category);
            case EDUCATION ->
                getTranslation(
                        "dashboard.figures.atLeast",
                        getTranslation(Labels.key(dimension.categories()[index(dimension, category)])));
            default -> getTranslation(Labels.key(dimension.categories()[index(dimension, category)]));
        };
    }

    private static int index(FigureDimension dimension, String category) {
        Enum<?>[] values = dimension.categories();
        for (int i = 0; i < values.length; i++) {
            if (values[i].name().equals(category)) {
                return i;
            }
        }
        throw new IllegalArgumentException(category);
    }

    private String countyName(String county) {
        return directory
                .find(new TenantId(county))
                .map(t -> t.name(getLocale()))
                .orElse(county);
    }
}
