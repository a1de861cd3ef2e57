package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.supervision.report.Assignment;
import cn.zugong.plugin.supervision.report.Conclusion;
import cn.zugong.plugin.supervision.report.HandlingType;
import cn.zugong.plugin.supervision.report.ReportStatus;
import cn.zugong.plugin.supervision.service.ReportService;
import cn.zugong.plugin.supervision.service.ReportSteps;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** One report read: its facts, deadlines and subjects, and the moves its status allows (DOMAIN §4.10). */
final class ReportPanel extends VerticalLayout {

    private final ReportSteps steps;
    private final ReportService reports;
    private final Feedback feedback;
    private final boolean writable;
    private final Runnable changed;

    ReportPanel(PluginContext context, Feedback feedback, boolean writable, Runnable changed) {
        this.steps = new ReportSteps(context);
        this.reports = new ReportService(context);
        this.feedback = feedback;
        this.writable = writable;
        this.changed = changed;
        setId("supervision-report-panel");
        setPadding(false);
    }

    void clear() {
        removeAll();
    }

    void show(ReportService.ReportView view) {
        removeAll();
        var r = view.report();
        add(line(
                "supervision-report-shown-status",
                "supervision.report.shown.status",
                getTranslation(r.status().messageKey())));
        add(line("supervision-report-shown-summary", "supervision.report.shown.summary", r.summary()));
        add(line(
                "supervision-report-shown-subjects",
                "supervision.report.shown.subjects",
                view.subjects().stream().map(Cadres::label).collect(Collectors.joining(", "))));
        add(line(
                "supervision-report-shown-deadlines",
                "supervision.report.shown.deadlines",
                view.deadlines().proposeBy().toString(),
                view.deadlines().closeBy().map(Object::toString).orElse("-")));
        r.handlingType()
                .ifPresent(t -> add(line(
                        "supervision-report-shown-handling",
                        "supervision.report.shown.handling",
                        getTranslation(t.messageKey()))));
        r.conclusion()
                .ifPresent(c -> add(line(
                        "supervision-report-shown-conclusion",
                        "supervision.report.shown.conclusion",
                        getTranslation(c.messageKey()),
                        r.findings().orElse(""))));
        if (writable) {
            add(actions(r.id(), r.status()));
        }
    }

    private Component actions(UUID id, ReportStatus status) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("supervision-report-actions");
        row.setAlignItems(Alignment.BASELINE);
        switch (status) {
            case RECEIVED -> row.add(button("register", () -> steps.register(id)));
            case REGISTERED -> {
                ComboBox<HandlingType> type =
                        feedback.field("handlingType", new ComboBox<>(getTranslation("supervision.report.handling")));
                type.setId("supervision-report-handling");
                type.setItems(HandlingType.values());
                type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
                row.add(type, button("accept", () -> steps.accept(id, type.getValue())));
                row.add(
                        button("redirect", () -> steps.redirect(id)),
                        button("insufficient", () -> steps.insufficient(id)));
                List<ReportService.ReportView> closed = reports.closedAboutSameCadres(id);
                if (!closed.isEmpty()) {
                    ComboBox<ReportService.ReportView> repeatOf =
                            feedback.field("repeatOf", new ComboBox<>(getTranslation("supervision.report.repeatOf")));
                    repeatOf.setId("supervision-report-repeat-of");
                    repeatOf.setItems(closed);
                    repeatOf.setItemLabelGenerator(v -> getTranslation(
                            "supervision.report.closedLabel",
                            v.report().receivedOn().toString(),
                            getTranslation(v.report().category().messageKey()),
                            v.report()
                                    .conclusion()
                                    .map(c -> getTranslation(c.messageKey()))
                                    .orElse("")));
                    row.add(
                            repeatOf,
                            button(
                                    "answer",
                                    () -> steps.answerFromClosure(
                                            id,
                                            repeatOf.getValue() == null
                                                    ? null
                                                    : repeatOf.getValue()
                                                            .report()
                                                            .id())));
                }
            }
            case ACCEPTED -> {
                ComboBox<Assignment> how =
                        feedback.field("assignment", new ComboBox<>(getTranslation("supervision.report.assignment")));
                how.setId("supervision-report-assignment");
                how.setItems(Assignment.values());
                how.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
                TextField who =
                        feedback.field("assignee", new TextField(getTranslation("supervision.report.assignee")));
                who.setId("supervision-report-assignee");
                row.add(how, who, button("assign", () -> steps.assign(id, how.getValue(), who.getValue())));
            }
            case ASSIGNED -> row.add(button("investigate", () -> steps.investigate(id)));
            case INVESTIGATING -> {
                IntegerField days =
                        feedback.field("days", new IntegerField(getTranslation("supervision.report.extensionDays")));
                days.setId("supervision-report-extension-days");
                row.add(days, button("extend", () -> steps.extend(id, days.getValue() == null ? 0 : days.getValue())));
                ComboBox<Conclusion> found =
                        feedback.field("conclusion", new ComboBox<>(getTranslation("supervision.report.conclusion")));
                found.setId("supervision-report-conclusion");
                found.setItems(Conclusion.values());
                found.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
                TextArea findings =
                        feedback.field("findings", new TextArea(getTranslation("supervision.report.findings")));
                findings.setId("supervision-report-findings");
                row.add(
                        found,
                        findings,
                        button("conclude", () -> steps.conclude(id, found.getValue(), findings.getValue())));
            }
            case CONCLUDED ->
                row.add(button("feedback", () -> steps.feedback(id)), button("close", () -> steps.close(id)));
            case FEEDBACK_GIVEN -> row.add(button("close", () -> steps.close(id)));
            case CLOSED, REDIRECTED, INSUFFICIENT, ANSWERED_FROM_CLOSURE ->
                row.add(button("archive", () -> steps.archive(id)));
            default -> {}
        }
        return row;
    }

    private Button button(String action, Supplier<ReportService.ReportView> move) {
        Button button = new Button(getTranslation("supervision.report.action." + action));
        button.setId("supervision-report-" + action);
        button.addClickListener(e -> {
            ReportService.ReportView[] after = new ReportService.ReportView[1];
            if (feedback.run(() -> after[0] = move.get())) {
                feedback.success(
                        "supervision.report.moved",
                        getTranslation(after[0].report().status().messageKey()));
                changed.run();
                show(after[0]);
            }
        });
        return button;
    }

    private Paragraph line(String id, String key, Object... args) {
        Paragraph p = new Paragraph(getTranslation(key, args));
        p.setId(id);
        return p;
    }
}
