package cn.zugong.ui.unit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.post.PositionService;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitQuery;
import cn.zugong.core.unit.UnitRow;
import cn.zugong.core.unit.UnitService;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.RecordIds;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The organization units of the current tenant (or, for a supervisor, of every county in scope,
 * read-only and with the county shown): a lazy grid with search, sort, the posts held against the
 * quota (over-staffed units flagged, and a filter for them), and a form to create or edit a unit
 * with its positions. {@code units/<id>} opens one unit; an id of another county is "not found".
 */
@MenuEntry(label = "nav.units", icon = VaadinIcon.SITEMAP, order = 30)
@Route(value = "units/:unitId?", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
public class UnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnitService units;
    private final QuotaService quotas;
    private final PositionService positions;
    private final TenantDirectory tenants;
    private final Map<UUID, UnitQuota> pageQuotas = new HashMap<>();
    private final TextField search = new TextField();
    private final Checkbox overStaffedOnly = new Checkbox();
    private List<UUID> overStaffed;
    private final Grid<UnitRow> grid = new Grid<>();
    private final Paragraph notFound = new Paragraph();

    @Inject
    UnitsView(UnitService units, QuotaService quotas, PositionService positions, TenantDirectory tenants) {
        this.units = units;
        this.quotas = quotas;
        this.positions = positions;
        this.tenants = tenants;
        setSizeFull();
        search.setId("unit-search");
        search.setPlaceholder(getTranslation("unit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        overStaffedOnly.setId("unit-over-staffed");
        overStaffedOnly.setLabel(getTranslation("unit.filter.overStaffed"));
        overStaffedOnly.addValueChangeListener(change -> refresh());
        Button create =
                new Button(getTranslation("unit.create"), VaadinIcon.PLUS.create(), click -> open(new OrgUnit()));
        create.setId("unit-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(UnitService.canWrite());
        notFound.setId("unit-not-found");
        notFound.setVisible(false);
        configureGrid();
        HorizontalLayout toolbar = new HorizontalLayout(search, overStaffedOnly, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("unit.title")), toolbar, notFound, grid);
    }

    private void configureGrid() {
        grid.setId("units-grid");
        grid.setSizeFull();
        // Long unit names wrap (and show whole on hover) instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UnitRow::name)
                .setKey("name")
                .setHeader(getTranslation("unit.field.name"))
                .setSortProperty(UnitQuery.Sort.NAME.name())
                .setTooltipGenerator(UnitRow::name)
                .setWidth("16em")
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation("unit.type." + row.type().name()))
                .setHeader(getTranslation("unit.field.type"))
                .setSortProperty(UnitQuery.Sort.TYPE.name())
                .setAutoWidth(true);
        grid.addColumn(row -> Optional.ofNullable(row.parentName()).orElse(""))
                .setKey("parent")
                .setHeader(getTranslation("unit.field.parent"))
                .setSortProperty(UnitQuery.Sort.PARENT.name())
                .setTooltipGenerator(
                        row -> Optional.ofNullable(row.parentName()).orElse(""))
                .setWidth("12em")
                .setFlexGrow(2);
        grid.addColumn(UnitRow::principalPosts)
                .setHeader(getTranslation("unit.field.principalPosts"))
                .setSortProperty(UnitQuery.Sort.PRINCIPAL_POSTS.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UnitRow::deputyPosts)
                .setHeader(getTranslation("unit.field.deputyPosts"))
                .setSortProperty(UnitQuery.Sort.DEPUTY_POSTS.name())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> Optional.ofNullable(pageQuotas.get(row.id()))
                        .<Component>map(QuotaSummary::new)
                        .orElseGet(Span::new)))
                .setHeader(getTranslation("unit.field.occupancy"))
                .setAutoWidth(true);
        if (TenancyHolder.current().writable().isEmpty()) {
            grid.addColumn(row -> tenants.find(new TenantId(row.tenantId()))
                            .map(t -> t.name(getLocale()))
                            .orElse(row.tenantId()))
                    .setHeader(getTranslation("unit.field.tenant"))
                    .setSortProperty(UnitQuery.Sort.TENANT.name())
                    .setAutoWidth(true);
        }
        grid.setItems(
                query ->
                        withQuotas(units.list(toQuery(query.getSortOrders(), query.getOffset(), query.getLimit())))
                                .stream(),
                query -> units.count(search.getValue(), overStaffed));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                UnitsView.class,
                new RouteParameters("unitId", click.getItem().id().toString()))));
    }

    /** Fetches the quotas of a page of units in one query, for the occupancy column. */
    private List<UnitRow> withQuotas(List<UnitRow> rows) {
        pageQuotas.putAll(quotas.ofUnits(rows.stream().map(UnitRow::id).toList()));
        return rows;
    }

    private void refresh() {
        pageQuotas.clear();
        overStaffed = overStaffedOnly.getValue() ? quotas.overStaffedIds() : null;
        grid.getDataProvider().refreshAll();
    }

    private UnitQuery toQuery(List<QuerySortOrder> orders, int offset, int limit) {
        if (orders.isEmpty()) {
            return new UnitQuery(search.getValue(), UnitQuery.Sort.NAME, true, offset, limit, overStaffed);
        }
        QuerySortOrder order = orders.getFirst();
        return new UnitQuery(
                search.getValue(),
                UnitQuery.Sort.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.ASCENDING,
                offset,
                limit,
                overStaffed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notFound.setVisible(false);
        event.getRouteParameters().get("unitId").ifPresent(id -> {
            Optional<OrgUnit> unit = RecordIds.parse(id).flatMap(units::find);
            if (unit.isPresent()) {
                open(unit.get());
            } else {
                notFound.setText(getTranslation("unit.notFound"));
                notFound.setVisible(true);
            }
        });
    }

    private void open(OrgUnit unit) {
        boolean readOnly = !UnitService.canWrite();
        UnitForm form = new UnitForm(new ServiceParentLookup(units));
        form.edit(unit, readOnly);
        UnitDialog dialog = new UnitDialog(form, readOnly, unit.getName() == null);
        if (unit.getTenantId() != null) {
            dialog.add(new UnitPostsPanel(unit, quotas, positions));
        }
        form.addSaveListener(save -> {
            try {
                units.save(save.unit());
                dialog.close();
                refresh();
                Notification.show(getTranslation("unit.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems());
            } catch (AccessDeniedException denied) {
                Notification.show(getTranslation(denied.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (jakarta.persistence.OptimisticLockException | jakarta.transaction.TransactionalException stale) {
                Notification.show(getTranslation("unit.error.stale")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "units"));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.title");
    }
}
