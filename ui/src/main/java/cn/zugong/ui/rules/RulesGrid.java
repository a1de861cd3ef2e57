package cn.zugong.ui.rules;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.core.plugin.rules.CountyRulePack;
import cn.zugong.core.plugin.rules.RuleChange;
import cn.zugong.core.plugin.rules.RuleRow;
import cn.zugong.core.plugin.rules.RuleVersion;
import cn.zugong.core.security.AccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One pack's keys: the rule (the module's label, the key in small text), the national and
 * provincial values in force with their dates, the county's own value (a field, {@code
 * rules-override-<key>}), the value in force, and for the tenant-admin a save ({@code
 * rules-save-<key>}) and a reset to the inherited value ({@code rules-reset-<key>}). The module's
 * problems with a change are shown on the fields of the keys they name.
 */
final class RulesGrid extends Grid<RuleRow> {

    /**
     * The least width of a dated value ("07-01:0.5,10-01:0.75（2026-01-01 起）"): the values share
     * the room left and wrap, so the page fits 1366 pixels with the menu and the row's buttons stay
     * in view instead of a grid wider than the window.
     */
    private static final String VALUE_WIDTH = "8em";

    /** The county's value fields of the pack shown, by key; made once per key and pack shown. */
    final Map<String, TextField> fields = new LinkedHashMap<>();

    private final RuleChange change;
    private final Runnable saved;
    private CountyRulePack pack;
    private boolean editable;

    RulesGrid(RuleChange change, Runnable saved) {
        this.change = change;
        this.saved = saved;
        setId("rules-grid");
        setAllRowsVisible(true);
        // A rule's description is a sentence: it wraps rather than ending in "…".
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    void show(CountyRulePack shown, boolean mayEdit) {
        pack = shown;
        editable = mayEdit;
        fields.clear();
        removeAllColumns();
        addComponentColumn(this::rule)
                .setKey("rule")
                .setHeader(getTranslation("rules.column.rule"))
                .setWidth("14em")
                .setFlexGrow(3);
        addColumn(row -> RuleTexts.version(this, row.national()))
                .setKey("national")
                .setHeader(getTranslation("rules.column.national"))
                .setWidth(VALUE_WIDTH)
                .setFlexGrow(1);
        addColumn(row -> RuleTexts.version(this, row.province()))
                .setKey("province")
                .setHeader(getTranslation("rules.column.province"))
                .setWidth(VALUE_WIDTH)
                .setFlexGrow(1);
        addComponentColumn(this::field)
                .setKey("override")
                .setHeader(getTranslation("rules.column.override"))
                .setWidth("10em")
                .setFlexGrow(2);
        addColumn(row -> row.effective().orElse(""))
                .setKey("effective")
                .setHeader(getTranslation("rules.column.effective"))
                .setWidth(VALUE_WIDTH)
                .setFlexGrow(1);
        if (editable) {
            addComponentColumn(this::actions)
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        setItems(pack.rows());
    }

    private Component rule(RuleRow row) {
        Div cell = new Div();
        RuleTexts.label(this, pack.packId(), row.key()).ifPresent(label -> cell.add(new Div(label)));
        Span key = new Span(row.key());
        key.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        cell.add(key);
        return cell;
    }

    TextField field(RuleRow row) {
        return fields.computeIfAbsent(row.key(), key -> {
            TextField field = new TextField();
            field.setId("rules-override-" + key);
            field.setAriaLabel(RuleTexts.label(this, pack.packId(), key).orElse(key));
            field.setValue(row.override().orElse(""));
            field.setPlaceholder(
                    row.province().or(row::national).map(RuleVersion::value).orElse(""));
            field.setReadOnly(!editable);
            // the module's problems are set on the field; the field's own validation would clear them
            field.setManualValidation(true);
            field.setWidthFull();
            return field;
        });
    }

    private Component actions(RuleRow row) {
        Button save = new Button(
                getTranslation("action.save"), click -> save(row, field(row).getValue()));
        save.setId("rules-save-" + row.key());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button reset = new Button(getTranslation("rules.reset"), click -> save(row, ""));
        reset.setId("rules-reset-" + row.key());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.setEnabled(row.override().isPresent());
        return new HorizontalLayout(save, reset);
    }

    /** Asks the service; shows the module's problems on the fields they name, or reads the pack again. */
    private void save(RuleRow row, String value) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<RuleProblem> problems;
        try {
            problems = change.apply(pack.packId(), row.key(), value);
        } catch (AccessDeniedException denied) {
            error(getTranslation(denied.getMessage()));
            return;
        }
        String label = RuleTexts.label(this, pack.packId(), row.key()).orElse(row.key());
        if (problems.isEmpty()) {
            success(
                    value.isBlank()
                            ? getTranslation("rules.reset.done", label)
                            : getTranslation("rules.saved", label, value.strip()));
            saved.run();
            return;
        }
        List<String> elsewhere = new ArrayList<>();
        problems.stream()
                .collect(Collectors.groupingBy(RuleProblem::ruleKey, LinkedHashMap::new, Collectors.toList()))
                .forEach((key, ofKey) -> {
                    String text =
                            ofKey.stream().map(p -> RuleTexts.problem(this, p)).collect(Collectors.joining(" "));
                    TextField field = fields.get(key);
                    if (field == null) {
                        elsewhere.add(text);
                    } else {
                        field.setErrorMessage(text);
                        field.setInvalid(true);
                    }
                });
        error(getTranslation("rules.refused", label) + (elsewhere.isEmpty() ? "" : " " + String.join(" ", elsewhere)));
    }

    private static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("rules-error");
    }
}
