package cn.zugong.ui.cadre;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.CadreFacts;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.infrastructure.excel.CadreExport;
import cn.zugong.core.plugin.formats.PluginFormat;
import cn.zugong.core.plugin.formats.PluginFormats;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.UnitService;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cadre list: a lazy grid over the readable tenants with search by name, full pinyin or
 * initials, filters, and sort. A supervisor sees the county column. A click opens the file. The
 * list with its current filters exports to Excel; writers reach the Excel import from here. The
 * filters can come from the URL ({@link CadreListParameters}): the dashboard's figures link here.
 */
@MenuEntry(label = "nav.cadres", icon = VaadinIcon.USERS, order = 20)
@Route(value = "cadres", layout = MainLayout.class)
public class CadresView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * The least width of the post level and rank ("二级主任科员" wraps rather than widening the row):
     * with the menu open, the list fits 1366 pixels without scrolling sideways.
     */
    private static final String LEVEL_WIDTH = "7em";

    private final CadreService cadres;
    private final TenantDirectory tenants;
    private final CadreExport excel;
    private final PluginFormats formats;
    private final TextField search = new TextField();
    private final Grid<CadreRow> grid = new Grid<>();
    private final Span count = new Span();
    private final CadreFilters filters;
    private final Details filterPanel;
    private CadreFilter filter = CadreFilter.NONE;

    @Inject
    CadresView(
            CadreService cadres, UnitService units, TenantDirectory tenants, CadreExport excel, PluginFormats formats) {
        this.cadres = cadres;
        this.tenants = tenants;
        this.excel = excel;
        this.formats = formats;
        setSizeFull();
        search.setId("cadre-search");
        search.setPlaceholder(getTranslation("cadre.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        filters = new CadreFilters(units, tenants, changed -> refresh());
        Button create = new Button(getTranslation("cadre.create"), VaadinIcon.PLUS.create(), click -> getUI().ifPresent(
                        ui -> ui.navigate(CadreFileView.class, new RouteParameters("cadreId", "new"))));
        create.setId("cadre-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(CountyAccess.canWrite());
        count.setId("cadre-count");
        HorizontalLayout toolbar = new HorizontalLayout(search, create, importLink(), lrmxLink(), exportLink());
        formats.available().forEach(f -> toolbar.add(exportLink(f)));
        toolbar.add(count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filterPanel = new Details(getTranslation("cadre.filters"), filters);
        filterPanel.setId("cadre-filters");
        configureGrid();
        add(new H2(getTranslation("cadre.title")), toolbar, filterPanel, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getLocation().getQueryParameters());
    }

    /** Shows the filters a link carries (none: the list as the user left it). */
    void open(QueryParameters parameters) {
        CadreListParameters.parse(parameters).ifPresent(given -> {
            filters.show(given);
            filterPanel.setOpened(true);
            refresh();
        });
    }

    /** Downloads the rows of the filters in force in a plugin's format. */
    private Anchor exportLink(PluginFormat format) {
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(getTranslation("excel.export.file") + "."
                            + format.format().extension());
                    formats.export(format, filter, event.getOutputStream());
                },
                getTranslation(
                        "cadre.export.plugin", getTranslation(format.format().nameKey())));
        export.setId("cadre-export-" + format.format().id().replace('.', '-'));
        return export;
    }

    /** Downloads the rows of the filters in force when the link is clicked, all pages. */
    private Anchor exportLink() {
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(getTranslation("excel.export.file") + ".xlsx");
                    event.setContentType(ImportResult.XLSX);
                    excel.write(filter, event.getOutputStream());
                },
                getTranslation("excel.export"));
        export.setId("cadre-export");
        return export;
    }

    private RouterLink importLink() {
        RouterLink link = new RouterLink(getTranslation("excel.import.link"), CadreImportView.class);
        link.setId("cadre-import");
        link.setVisible(CountyAccess.canWrite());
        return link;
    }

    private RouterLink lrmxLink() {
        RouterLink link = new RouterLink(getTranslation("lrmx.import.link"), CadreLrmxView.class);
        link.setId("cadre-lrmx-import");
        link.setVisible(CountyAccess.canWrite());
        return link;
    }

    private void refresh() {
        filter = filters.filter(search.getValue());
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        grid.setId("cadres-grid");
        grid.setSizeFull();
        // The unit and the post take the room (wrapped, whole on hover); short columns stay narrow.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CadreRow::name)
                .setKey("name")
                .setHeader(getTranslation("cadre.field.name"))
                .setSortProperty(CadreQuery.Sort.NAME.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> Labels.of(this, row.gender()))
                .setKey("gender")
                .setHeader(getTranslation("cadre.field.gender"))
                .setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(row -> CadreFacts.age(row.birthDate(), LocalDate.now()))
                .setKey("age")
                .setHeader(getTranslation("cadre.field.age"))
                .setSortProperty(CadreQuery.Sort.BIRTH.name())
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(CadreRow::ethnicity)
                .setKey("ethnicity")
                .setHeader(getTranslation("cadre.field.ethnicity"))
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.unitName() == null ? "" : row.unitName())
                .setKey("unit")
                .setHeader(getTranslation("cadre.field.unit"))
                .setSortProperty(CadreQuery.Sort.UNIT.name())
                .setTooltipGenerator(row -> row.unitName() == null ? "" : row.unitName())
                .setWidth("11em")
                .setFlexGrow(3);
        grid.addColumn(row -> row.currentPost() == null ? "" : row.currentPost())
                .setKey("currentPost")
                .setHeader(getTranslation("cadre.field.currentPost"))
                .setTooltipGenerator(row -> row.currentPost() == null ? "" : row.currentPost())
                .setWidth("11em")
                .setFlexGrow(3);
        grid.addColumn(row -> Labels.of(this, row.postLevel()))
                .setHeader(getTranslation("cadre.field.postLevel"))
                .setSortProperty(CadreQuery.Sort.POST_LEVEL.name())
                .setWidth(LEVEL_WIDTH)
                .setFlexGrow(1);
        grid.addColumn(row -> Labels.of(this, row.civilRank()))
                .setHeader(getTranslation("cadre.field.civilRank"))
                .setSortProperty(CadreQuery.Sort.CIVIL_RANK.name())
                .setWidth(LEVEL_WIDTH)
                .setFlexGrow(1);
        grid.addColumn(row -> Labels.of(this, row.status()))
                .setHeader(getTranslation("cadre.field.status"))
                .setSortProperty(CadreQuery.Sort.STATUS.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (TenancyHolder.current().writable().isEmpty()) {
            grid.addColumn(row -> tenants.find(new TenantId(row.tenantId()))
                            .map(t -> t.name(getLocale()))
                            .orElse(row.tenantId()))
                    .setHeader(getTranslation("cadre.field.tenant"))
                    .setSortProperty(CadreQuery.Sort.TENANT.name())
                    .setAutoWidth(true);
        }
        grid.setItems(
                query -> {
                    try {
                        return cadres
                                .list(toQuery(query.getSortOrders(), query.getOffset(), query.getLimit()))
                                .stream();
                    } catch (ValidationException tooMany) {
                        return Stream.empty();
                    }
                },
                query -> {
                    try {
                        int total = cadres.count(filter);
                        count.setText(getTranslation("cadre.count", total));
                        return total;
                    } catch (ValidationException tooMany) {
                        // a statistics figure over too many counties: said, not failed
                        count.setText(MessageArgs.text(this, tooMany.problems().getFirst()));
                        return 0;
                    }
                });
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                CadreFileView.class,
                new RouteParameters("cadreId", click.getItem().id().toString()))));
    }

    private CadreQuery toQuery(List<QuerySortOrder> orders, int offset, int limit) {
        if (orders.isEmpty()) {
            return new CadreQuery(filter, CadreQuery.Sort.NAME, true, offset, limit);
        }
        QuerySortOrder order = orders.getFirst();
        return new CadreQuery(
                filter,
                CadreQuery.Sort.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.ASCENDING,
                offset,
                limit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cadre.title") + " | " + getTranslation("app.name");
    }
}
