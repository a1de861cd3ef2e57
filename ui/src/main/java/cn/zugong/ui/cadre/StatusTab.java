package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.application.CadreStatusService;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.CadreStatusRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Objects;

/** The status tab: the current status since when, its dated changes, and for writers the "change status" dialog. */
final class StatusTab extends VerticalLayout {

    StatusTab(CadreStatusService statuses, CadreFile file, boolean writable, SerializableRunnable refresh) {
        setPadding(false);
        var cadre = file.cadre();
        Span current = new Span(getTranslation(
                "cadre.status.current",
                Labels.of(this, cadre.getStatus()),
                Objects.toString(cadre.getStatusSince(), "")));
        current.setId("status-current");
        Grid<CadreStatusChange> grid = new Grid<>();
        grid.setId("cadre-status-changes");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> Labels.of(this, s.getStatus()))
                .setHeader(getTranslation("cadre.field.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.getEffectiveDate().toString())
                .setHeader(getTranslation("cadre.status.date"))
                .setAutoWidth(true);
        grid.addColumn(s -> Objects.toString(s.getNote(), ""))
                .setHeader(getTranslation("cadre.status.note"))
                .setFlexGrow(3);
        grid.setItems(file.statusChanges());
        if (writable) {
            Button change = new Button(getTranslation("cadre.status.change"), VaadinIcon.EXCHANGE.create());
            change.setId("status-change");
            change.setEnabled(!CadreStatusRules.next(cadre.getStatus()).isEmpty());
            change.addClickListener(click -> {
                StatusDialog dialog = new StatusDialog(
                        cadre.getStatus(),
                        (status, date, note) -> statuses.changeStatus(cadre.getId(), status, date, note));
                dialog.addOpenedChangeListener(opened -> {
                    if (!opened.isOpened()) {
                        refresh.run();
                    }
                });
                dialog.open();
            });
            add(change);
        }
        add(current, grid);
    }
}
