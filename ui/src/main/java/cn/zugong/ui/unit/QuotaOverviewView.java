package cn.zugong.ui.unit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.post.QuotaFilter;
import cn.zugong.core.post.QuotaQuery;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.QuotaTotals;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.UnitType;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The post quota overview (zhishu): every unit the user reads with its rank, approved and held
 * principal and deputy posts, vacancies and the over-staffed flag, a totals row over the whole
 * filter, and filters by unit type and over-staffing. Read-only for everyone; a supervisor sees
 * every county in scope, with the county shown. A row opens the unit.
 */
@MenuEntry(label = "nav.quota", icon = VaadinIcon.CHART_GRID, order = 40)
@Route(value = "quota", layout = MainLayout.class)
public class QuotaOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final QuotaService quotas;
    private final TenantDirectory tenants;
    private final Select<UnitType> type = new Select<>();
    private final Checkbox overStaffedOnly = new Checkbox();
    private final Grid<UnitQuota> grid = new Grid<>();
    private final Span totalsLabel = new Span();
    private FooterRow totals;

    @Inject
    QuotaOverviewView(QuotaService quotas, TenantDirectory tenants) {
        this.quotas = quotas;
        this.tenants = tenants;
        setSizeFull();
        type.setId("quota-type");
        type.setLabel(getTranslation("unit.field.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("quota.filter.allTypes"));
        type.setItems(UnitType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("quota.filter.allTypes") : label(t));
        type.addValueChangeListener(change -> refresh());
        overStaffedOnly.setId("quota-over-staffed");
        overStaffedOnly.setLabel(getTranslation("unit.filter.overStaffed"));
        overStaffedOnly.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(type, overStaffedOnly);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph rule = new Paragraph(getTranslation("quota.rule"));
        rule.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        configureGrid();
        add(new H2(getTranslation("quota.title")), toolbar, rule, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("quota-grid");
        grid.setSizeFull();
        // Long unit names (中共成都市温江区委…) and headers wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<UnitQuota> name = grid.addColumn(UnitQuota::unitName)
                .setKey("unit")
                .setHeader(getTranslation("quota.column.unit"))
                .setSortProperty(QuotaQuery.Sort.NAME.name())
                .setTooltipGenerator(UnitQuota::unitName)
                .setWidth("16em")
                .setFlexGrow(3);
        grid.addColumn(q -> label(q.type()))
                .setHeader(getTranslation("unit.field.type"))
                .setSortProperty(QuotaQuery.Sort.TYPE.name())
                .setAutoWidth(true);
        grid.addColumn(q -> getTranslation("cadre.post-level." + q.rank().name()))
                .setHeader(getTranslation("unit.field.rank"))
                .setSortProperty(QuotaQuery.Sort.RANK.name())
                .setAutoWidth(true);
        totals = grid.appendFooterRow();
        totals.getCell(name).setComponent(totalsLabel);
        totalsLabel.setId("quota-totals");
        number("quota.column.principalApproved", UnitQuota::principalApproved, QuotaQuery.Sort.PRINCIPAL_APPROVED);
        number("quota.column.principalOccupied", UnitQuota::principalOccupied, QuotaQuery.Sort.PRINCIPAL_OCCUPIED);
        number("quota.column.deputyApproved", UnitQuota::deputyApproved, QuotaQuery.Sort.DEPUTY_APPROVED);
        number("quota.column.deputyOccupied", UnitQuota::deputyOccupied, QuotaQuery.Sort.DEPUTY_OCCUPIED);
        number("quota.column.vacancies", UnitQuota::vacancies, null);
        grid.addColumn(new ComponentRenderer<>(q -> q.overStaffed()
                        ? QuotaSummary.overStaffedBadge(getTranslation("quota.overStaffed"))
                        : new Span()))
                .setHeader(getTranslation("quota.column.status"))
                .setKey("status")
                .setAutoWidth(true);
        if (TenancyHolder.current().writable().isEmpty()) {
            grid.addColumn(q -> tenants.find(new TenantId(q.tenantId()))
                            .map(t -> t.name(getLocale()))
                            .orElse(q.tenantId()))
                    .setHeader(getTranslation("unit.field.tenant"))
                    .setSortProperty(QuotaQuery.Sort.TENANT.name())
                    .setAutoWidth(true);
        }
        grid.setItems(
                query -> quotas.list(toQuery(query.getSortOrders(), query.getOffset(), query.getLimit())).stream(),
                query -> quotas.count(filter()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                UnitsView.class,
                new RouteParameters("unitId", click.getItem().unitId().toString()))));
    }

    private void number(String header, ToIntFunction<UnitQuota> value, QuotaQuery.Sort sort) {
        Grid.Column<UnitQuota> column = grid.addColumn(q -> value.applyAsInt(q))
                .setHeader(getTranslation(header))
                .setKey(header)
                .setAutoWidth(true);
        if (sort != null) {
            column.setSortProperty(sort.name());
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        QuotaTotals sums = quotas.totals(filter());
        totalsLabel.setText(getTranslation("quota.total", sums.units(), sums.overStaffedUnits()));
        total("quota.column.principalApproved", sums.principalApproved());
        total("quota.column.principalOccupied", sums.principalOccupied());
        total("quota.column.deputyApproved", sums.deputyApproved());
        total("quota.column.deputyOccupied", sums.deputyOccupied());
        total("quota.column.vacancies", sums.vacancies());
        totals.getCell(grid.getColumnByKey("status"))
                .setText(getTranslation("quota.total.overStaffed", sums.overStaffedUnits()));
    }

    private void total(String column, int value) {
        totals.getCell(grid.getColumnByKey(column)).setText(Integer.toString(value));
    }

    private QuotaFilter filter() {
        return new QuotaFilter("", type.getValue(), overStaffedOnly.getValue());
    }

    private QuotaQuery toQuery(List<QuerySortOrder> orders, int offset, int limit) {
        if (orders.isEmpty()) {
            return new QuotaQuery(filter(), QuotaQuery.Sort.NAME, true, offset, limit);
        }
        QuerySortOrder order = orders.getFirst();
        return new QuotaQuery(
                filter(),
                QuotaQuery.Sort.valueOf(order.getSorted()),
                order.getDirection() == SortDirection.ASCENDING,
                offset,
                limit);
    }

    private String label(UnitType unitType) {
        return getTranslation("unit.type." + unitType.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quota.title");
    }
}
