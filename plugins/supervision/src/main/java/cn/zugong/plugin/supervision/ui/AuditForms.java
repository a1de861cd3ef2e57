package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.econ.AuditKind;
import cn.zugong.plugin.supervision.econ.Responsibility;
import cn.zugong.plugin.supervision.service.AuditNeeds;
import cn.zugong.plugin.supervision.service.EconAuditService;
import cn.zugong.plugin.supervision.service.NewAudit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The audits page's two forms: an audit recorded when it starts, and its report. */
final class AuditForms {

    private final PluginContext context;
    private final EconAuditService audits;
    private final Feedback feedback;
    private final Runnable changed;
    private final ComboBox<CadreRef> cadre;
    private final ComboBox<AuditKind> kind = new ComboBox<>();
    private final ComboBox<CaseRef> selection = new ComboBox<>();
    private final TextField post = new TextField();

    AuditForms(PluginContext context, EconAuditService audits, Feedback feedback, Runnable changed) {
        this.context = context;
        this.audits = audits;
        this.feedback = feedback;
        this.changed = changed;
        this.cadre = Cadres.chooser(context, "supervision-econ-cadre", text("supervision.cadre"));
    }

    /** Fills the record form from an audit a case needs. */
    void prefill(AuditNeeds.Need need) {
        context.cadres().find(need.career().cadreId()).ifPresent(cadre::setValue);
        kind.setValue(need.kind());
        selection
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals(need.caseId()))
                .findFirst()
                .ifPresent(selection::setValue);
        post.setValue(need.post());
    }

    Component recordForm() {
        feedback.field("cadre", cadre);
        feedback.field("kind", kind).setLabel(text("supervision.econ.kind"));
        kind.setId("supervision-econ-kind");
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> text(k.messageKey()));
        feedback.field("case", selection).setLabel(text("supervision.econ.caseHeader"));
        selection.setId("supervision-econ-case");
        selection.setItems(List.of());
        selection.setItemLabelGenerator(
                c -> text("supervision.econ.case", c.id().toString().substring(0, 8)));
        cadre.addValueChangeListener(e -> {
            selection.setItems(
                    e.getValue() == null
                            ? List.of()
                            : audits.openCasesOf(e.getValue().id()));
            if (e.getValue() != null && post.isEmpty()) {
                post.setValue((e.getValue().unitName().orElse("") + " "
                                + e.getValue().postTitle().orElse(""))
                        .strip());
            }
        });
        feedback.field("post", post).setLabel(text("supervision.econ.post"));
        post.setId("supervision-econ-post");
        TextField auditor = feedback.field("auditor", new TextField(text("supervision.econ.auditor")));
        auditor.setId("supervision-econ-auditor");
        DatePicker from = date("periodFrom", "supervision-econ-from", "supervision.econ.periodFrom");
        DatePicker to = date("periodTo", "supervision-econ-to", "supervision.econ.periodTo");
        DatePicker started = date("startedOn", "supervision-econ-started", "supervision.econ.started");
        started.setValue(LocalDate.now(context.clock()));
        Button record = new Button(text("supervision.econ.record"), e -> {
            if (feedback.run(() -> audits.record(new NewAudit(
                    Optional.ofNullable(cadre.getValue()).map(CadreRef::id).orElse(null),
                    kind.getValue(),
                    post.getValue(),
                    Optional.ofNullable(selection.getValue()).map(CaseRef::id).orElse(null),
                    auditor.getValue(),
                    from.getValue(),
                    to.getValue(),
                    started.getValue())))) {
                feedback.success("supervision.econ.recorded");
                changed.run();
            }
        });
        record.setId("supervision-econ-record");
        HorizontalLayout form = new HorizontalLayout(cadre, kind, selection, post, auditor, from, to, started, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    Component reportForm(Supplier<Optional<EconAuditService.AuditView>> selected) {
        DatePicker reported = date("reportedOn", "supervision-econ-reported-on", "supervision.econ.reported");
        TextArea findings = feedback.field("findings", new TextArea(text("supervision.econ.findings")));
        findings.setId("supervision-econ-findings");
        findings.setWidth("30em");
        ComboBox<Responsibility> responsibility =
                feedback.field("responsibility", new ComboBox<>(text("supervision.econ.responsibility")));
        responsibility.setId("supervision-econ-responsibility");
        responsibility.setItems(Responsibility.values());
        responsibility.setItemLabelGenerator(r -> text(r.messageKey()));
        Button report = new Button(text("supervision.econ.report"), e -> {
            Optional<EconAuditService.AuditView> audit = selected.get();
            if (audit.isEmpty()) {
                feedback.run(() -> {
                    throw new Refused(Problem.of("", "supervision.econ.chooseAudit"));
                });
                return;
            }
            if (feedback.run(() -> audits.report(
                    audit.get().audit().id(), reported.getValue(), findings.getValue(), responsibility.getValue()))) {
                feedback.success("supervision.econ.reportedDone");
                changed.run();
            }
        });
        report.setId("supervision-econ-report");
        HorizontalLayout form = new HorizontalLayout(reported, findings, responsibility, report);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private DatePicker date(String field, String id, String key) {
        DatePicker picker = feedback.field(field, Widgets.datePicker(text(key)));
        picker.setId(id);
        return picker;
    }

    private String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
