package cn.zugong.ui.unit;

import cn.zugong.core.post.PositionService;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Under the unit form: the unit's quota against the posts held (flagged when over quota) and its
 * leadership positions, which writers of the unit's county add and edit.
 */
class UnitPostsPanel extends VerticalLayout {

    private final OrgUnit unit;
    private final QuotaService quotas;
    private final PositionService positions;
    private final boolean writable;
    private final Div quota = new Div();
    private final Grid<UnitPosition> grid = new Grid<>();
    private List<UnitPosition> shown = List.of();
    private Map<UUID, List<String>> holders = Map.of();

    UnitPostsPanel(OrgUnit unit, QuotaService quotas, PositionService positions) {
        this.unit = unit;
        this.quotas = quotas;
        this.positions = positions;
        this.writable = CountyAccess.canWrite();
        setId("unit-posts");
        setPadding(false);
        quota.setId("unit-quota");
        Paragraph rule = new Paragraph(getTranslation("quota.rule"));
        rule.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        configureGrid();
        add(new H4(getTranslation("position.title")), quota, rule, grid);
        if (writable) {
            Button create = new Button(
                    getTranslation("position.create"),
                    VaadinIcon.PLUS.create(),
                    click -> open(new UnitPosition(unit.getId())));
            create.setId("position-create");
            create.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(create);
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("positions-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> PositionLabels.order(shown, p))
                .setHeader(getTranslation("position.column.order"))
                .setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(UnitPosition::getTitle)
                .setHeader(getTranslation("position.field.title"))
                .setAutoWidth(true);
        grid.addColumn(p -> PositionLabels.holder(this, holders, p))
                .setKey("holder")
                .setHeader(getTranslation("position.column.holder"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.isPrincipal() ? "position.kind.principal" : "position.kind.deputy"))
                .setHeader(getTranslation("position.field.kind"));
        grid.addColumn(p ->
                        getTranslation("cadre.post-level." + p.getPostLevel().name()))
                .setHeader(getTranslation("position.field.level"));
        grid.addColumn(p -> p.isKeyPost() ? getTranslation("position.field.keyPost") : "")
                .setHeader(getTranslation("position.field.keyPost"));
        grid.addColumn(p -> getTranslation(
                        "cadre.appointment-method." + p.getSelection().name()))
                .setHeader(getTranslation("position.field.selection"));
        grid.setEmptyStateText(getTranslation("position.empty"));
        if (writable) {
            grid.addItemClickListener(click -> open(click.getItem()));
        }
    }

    private void refresh() {
        quota.removeAll();
        quotas.ofUnit(unit.getId()).ifPresent(q -> quota.add(new QuotaSummary(q)));
        shown = positions.positions(unit.getId());
        holders = positions.holders(unit.getId());
        grid.setItems(shown);
    }

    private void open(UnitPosition position) {
        PositionForm form = new PositionForm(unit.effectiveRank());
        form.edit(position, false);
        Dialog dialog = new Dialog(form);
        dialog.setId("position-dialog");
        dialog.setHeaderTitle(
                getTranslation(position.getTenantId() == null ? "position.dialog.create" : "position.dialog.edit"));
        Button save = new Button(getTranslation("action.save"), click -> form.save());
        save.setId("position-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        form.addSaveListener(event -> {
            try {
                positions.save(event.position());
                dialog.close();
                refresh();
                Notification.show(getTranslation("position.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException invalid) {
                form.showProblems(invalid.problems());
            } catch (AccessDeniedException denied) {
                Notification.show(getTranslation(denied.getMessage())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }
}
