package cn.zugong.ui.audit;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.audit.AuditFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record before and after an event, field by field: one row per field with its label, the
 * value before and the value after. Empty when the event recorded
 * neither, or when either is not the flat JSON the trail writes (the dialog then shows the text).
 */
final class AuditFieldTable {

    /** One field of the record, in words. */
    record Row(String field, String label, String before, String after) {}

    private AuditFieldTable() {}

    static Optional<Grid<Row>> of(Component owner, AuditEntry event) {
        Optional<List<Row>> rows = rows(owner, event);
        if (rows.isEmpty() || rows.get().isEmpty()) {
            return Optional.empty();
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("audit-detail-fields");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::label)
                .setHeader(owner.getTranslation("audit.detail.field"))
                .setAutoWidth(true);
        grid.addColumn(Row::before).setHeader(owner.getTranslation("audit.detail.before"));
        grid.addColumn(Row::after).setHeader(owner.getTranslation("audit.detail.after"));
        grid.setItems(rows.get());
        grid.setAllRowsVisible(true);
        return Optional.of(grid);
    }

    /** The rows, or empty when a side is not a flat JSON object. */
    static Optional<List<Row>> rows(Component owner, AuditEntry event) {
        Map<String, String> before;
        Map<String, String> after;
        try {
            before = fields(event.beforeJson());
            after = fields(event.afterJson());
        } catch (IllegalArgumentException notFlat) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new Row(
                    name,
                    AuditTexts.label(owner, event.action(), name),
                    AuditTexts.value(owner, event.action(), name, before.get(name)),
                    AuditTexts.value(owner, event.action(), name, after.get(name))));
        }
        return Optional.of(rows);
    }

    private static Map<String, String> fields(String json) {
        return json == null ? Map.of() : AuditFields.parse(json);
    }
}
