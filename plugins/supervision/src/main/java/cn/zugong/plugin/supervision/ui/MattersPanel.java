package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.matters.Finding;
import cn.zugong.plugin.supervision.matters.FocusReason;
import cn.zugong.plugin.supervision.service.MattersChecks;
import cn.zugong.plugin.supervision.service.MattersService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;

/** One personal-matters report and the moves its status allows (DOMAIN §4.10), 五个一律 included. */
final class MattersPanel extends VerticalLayout {

    private final MattersService matters;
    private final MattersChecks checks;
    private final Feedback feedback;
    private final boolean writable;
    private final Runnable changed;

    MattersPanel(PluginContext context, Feedback feedback, boolean writable, Runnable changed) {
        this.matters = new MattersService(context);
        this.checks = new MattersChecks(context);
        this.feedback = feedback;
        this.writable = writable;
        this.changed = changed;
        setId("supervision-matters-panel");
        setPadding(false);
    }

    void clear() {
        removeAll();
    }

    void show(MattersService.MattersView view) {
        shown = view;
        removeAll();
        MattersEntity m = view.report();
        Paragraph status = new Paragraph(getTranslation(
                "supervision.matters.shown",
                Cadres.name(view.cadre()),
                String.valueOf(m.year()),
                getTranslation(m.status().messageKey())));
        status.setId("supervision-matters-shown");
        add(status);
        if (!writable) {
            return;
        }
        HorizontalLayout row = new HorizontalLayout();
        row.setId("supervision-matters-actions");
        row.setAlignItems(Alignment.BASELINE);
        switch (m.status()) {
            case DUE -> {
                MultiSelectComboBox<String> items = feedback.field("items", Widgets.multiSelectComboBox());
                items.setId("supervision-matters-items");
                items.setLabel(getTranslation("supervision.matters.items"));
                items.setItems(matters.items());
                items.setItemLabelGenerator(i -> getTranslation("supervision.matters.item." + i));
                row.add(items, button("submit", () -> matters.submit(m.id(), List.copyOf(items.getValue()))
                        .report()));
            }
            case SUBMITTED, NOT_SELECTED -> {
                ComboBox<FocusReason> reason = new ComboBox<>(getTranslation("supervision.matters.focusReason"));
                reason.setId("supervision-matters-focus-reason");
                reason.setItems(FocusReason.values());
                reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
                reason.setValue(FocusReason.PROMOTION);
                row.add(reason, button("focus", () -> checks.focus(m.cadreId(), reason.getValue())));
            }
            case SELECTED_RANDOM, SELECTED_FOCUSED -> row.add(button("verify", () -> checks.verify(m.id())));
            case VERIFYING -> {
                ComboBox<Finding> finding =
                        feedback.field("finding", new ComboBox<>(getTranslation("supervision.matters.finding")));
                finding.setId("supervision-matters-finding");
                finding.setItems(Finding.values());
                finding.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
                row.add(
                        button("consistent", () -> checks.consistent(m.id())),
                        finding,
                        button("discrepancy", () -> checks.discrepancy(m.id(), finding.getValue())));
            }
            case DISCREPANCY, EXPLANATION_REQUESTED -> {
                if (m.status() == cn.zugong.plugin.supervision.matters.MattersStatus.DISCREPANCY) {
                    row.add(button("requestExplanation", () -> checks.requestExplanation(m.id())));
                }
                TextArea explanation =
                        feedback.field("explanation", new TextArea(getTranslation("supervision.matters.explanation")));
                explanation.setId("supervision-matters-explanation");
                row.add(explanation, button("decide", () -> checks.decide(m.id(), explanation.getValue())));
            }
            case DECIDED -> {
                if (m.barsPromotion()) {
                    TextField reason =
                            feedback.field("reason", new TextField(getTranslation("supervision.matters.liftReason")));
                    reason.setId("supervision-matters-lift-reason");
                    row.add(reason, button("lift", () -> checks.lift(m.id(), reason.getValue())));
                }
            }
            default -> {}
        }
        add(row);
    }

    private MattersService.MattersView shown;

    private Button button(String action, Supplier<MattersEntity> move) {
        Button button = new Button(getTranslation("supervision.matters.action." + action));
        button.setId("supervision-matters-" + action);
        button.addClickListener(e -> {
            MattersEntity[] after = new MattersEntity[1];
            if (feedback.run(() -> after[0] = move.get())) {
                feedback.success(
                        "supervision.matters.moved",
                        getTranslation(after[0].status().messageKey()));
                changed.run();
                // The report stays shown with the moves its new status allows.
                show(new MattersService.MattersView(after[0], shown.cadre()));
            }
        });
        return button;
    }
}
