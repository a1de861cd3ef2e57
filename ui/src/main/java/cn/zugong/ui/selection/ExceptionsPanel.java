package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.application.ExceptionService;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The exceptions the regulation allows, recorded for the case's candidates ({@code
 * case-exceptions}): kind (poge approved by the upper department, post quota adjustment), document number,
 * approver and date, who recorded it and when (grid {@code exceptions-grid}). Everyone who reads the
 * case sees them; only the county's tenant-admin records one ({@link Form}), never an officer.
 */
class ExceptionsPanel extends VerticalLayout {

    ExceptionsPanel(CaseContext context, CaseCalls calls) {
        setId("case-exceptions");
        setPadding(false);
        add(new H3(getTranslation("selection.exception.title")), grid(context));
        if (context.writable()
                && ExceptionService.mayRecord()
                && !context.file().candidates().isEmpty()) {
            add(new Form(context, calls));
        } else if (context.writable()) {
            Paragraph hint = new Paragraph(getTranslation("selection.exception.adminHint"));
            hint.setId("exceptions-hint");
            add(hint);
        }
    }

    private Grid<RecordedException> grid(CaseContext context) {
        Grid<RecordedException> grid = new Grid<>();
        grid.setId("exceptions-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> context.name(e.getCadreId())).setHeader(getTranslation("selection.gates.candidate"));
        grid.addColumn(e -> getTranslation("selection.exception.kind." + e.getKind()))
                .setHeader(getTranslation("selection.exception.kind"));
        grid.addColumn(RecordedException::getDocumentNo).setHeader(getTranslation("selection.exception.documentNo"));
        grid.addColumn(RecordedException::getApprover).setHeader(getTranslation("selection.exception.approver"));
        grid.addColumn(e -> SelectionLabels.date(e.getApprovedOn()))
                .setHeader(getTranslation("selection.exception.approvedOn"));
        grid.addColumn(e -> getTranslation(
                        "selection.exception.recorded",
                        e.getRecordedBy(),
                        SelectionLabels.date(LocalDate.ofInstant(e.getRecordedAt(), ZoneId.systemDefault()))))
                .setHeader(getTranslation("selection.exception.recordedBy"))
                .setFlexGrow(2);
        grid.setItems(context.file().exceptions());
        return grid;
    }

    /**
     * The tenant-admin's form: exception-candidate, exception-kind, exception-document-no,
     * exception-approver, exception-approved-on, exception-note, exception-save.
     */
    static class Form extends StepForm {

        final Select<UUID> candidate = new Select<>();
        final Select<ExceptionKind> kind = new Select<>();
        final TextField documentNo;
        final TextField approver;
        final DatePicker approvedOn;
        final TextField note;

        Form(CaseContext context, CaseCalls calls) {
            super(context, "exception-form");
            List<SelectionCandidate> inspected = context.inspected();
            List<UUID> cadres = (inspected.isEmpty() ? context.file().candidates() : inspected)
                    .stream().map(SelectionCandidate::getCadreId).toList();
            candidate.setItems(cadres);
            candidate.setItemLabelGenerator(context::name);
            if (cadres.size() == 1) {
                candidate.setValue(cadres.getFirst());
            }
            field("exception-candidate", "selection.gates.candidate", candidate, "exceptionCandidate");
            kind.setItems(ExceptionKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("selection.exception.kind." + k));
            field("exception-kind", "selection.exception.kind", kind, "exceptionKind");
            documentNo = field(
                    "exception-document-no", "selection.exception.documentNo", new TextField(), "exceptionDocumentNo");
            documentNo.setMaxLength(100);
            approver =
                    field("exception-approver", "selection.exception.approver", new TextField(), "exceptionApprover");
            approver.setMaxLength(200);
            approver.setHelperText(getTranslation("selection.exception.approverHelp"));
            approvedOn = field(
                    "exception-approved-on",
                    "selection.exception.approvedOn",
                    Widgets.datePicker(),
                    "exceptionApprovedOn");
            approvedOn.setMax(LocalDate.now());
            note = field("exception-note", "selection.exception.note", new TextField(), "exceptionNote");
            note.setMaxLength(1000);
            action(
                    "exception-save",
                    "selection.exception.save",
                    () -> calls.recordException(
                            candidate.getValue(),
                            kind.getValue(),
                            documentNo.getValue(),
                            approver.getValue(),
                            approvedOn.getValue(),
                            note.getValue()));
        }
    }
}
