package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.Checks;
import cn.zugong.core.selection.SelectionCandidate;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * One inspected candidate's mandatory checks (fanti sibi) and integrity conclusion, each the date
 * it was done, and the exceptional promotion (poge) with the upper department's approval. Ids
 * {@code checks-<n>-...}, n the candidate's place in the list. The checks are recorded during the
 * inspection and up to the decision; the exceptional promotion until the decision.
 */
class ChecksForm extends StepForm {

    final DatePicker fileReviewed;
    final DatePicker mattersChecked;
    final DatePicker disciplineOpinion;
    final DatePicker petitionsChecked;
    final DatePicker integritySigned;
    final TextField note;
    final Checkbox exceptional;
    final TextField approval;

    ChecksForm(CaseContext context, CaseCalls calls, SelectionCandidate candidate) {
        super(context, "checks-" + context.index(candidate.getCadreId()));
        String id = getId().orElseThrow();
        H4 name = new H4(context.name(candidate.getCadreId()));
        add(name);
        setColspan(name, 3);
        fileReviewed = date(id + "-file", "selection.check.fileReviewedOn", candidate.getFileReviewedOn());
        mattersChecked = date(id + "-matters", "selection.check.mattersCheckedOn", candidate.getMattersCheckedOn());
        disciplineOpinion =
                date(id + "-discipline", "selection.check.disciplineOpinionOn", candidate.getDisciplineOpinionOn());
        petitionsChecked =
                date(id + "-petitions", "selection.check.petitionsCheckedOn", candidate.getPetitionsCheckedOn());
        integritySigned =
                date(id + "-integrity", "selection.check.integritySignedOn", candidate.getIntegritySignedOn());
        note = field(id + "-note", "selection.checks.note", new TextField(), "note");
        note.setMaxLength(1000);
        note.setValue(NoticeForm.orEmpty(candidate.getChecksNote()));
        SelectionStep step = context.selectionCase().getStep();
        boolean checksOpen = context.writable() && (step == SelectionStep.INSPECTION || step == SelectionStep.DECISION);
        if (checksOpen) {
            action(id + "-save", "selection.checks.save", () -> calls.recordChecks(candidate.getCadreId(), checks()));
        }
        exceptional = flag(id + "-exceptional", "selection.exceptional.flag");
        exceptional.setValue(candidate.isExceptional());
        approval = field(id + "-approval", "selection.exceptional.approval", new TextField(), "approval");
        approval.setMaxLength(200);
        approval.setValue(NoticeForm.orEmpty(candidate.getExceptionalApproval()));
        boolean exceptionalOpen = context.writable() && step.compareTo(SelectionStep.DECISION) <= 0;
        if (exceptionalOpen) {
            action(
                    id + "-exceptional-save",
                    "selection.exceptional.save",
                    () -> calls.recordExceptional(candidate.getCadreId(), exceptional.getValue(), approval.getValue()));
        }
        for (var field : new HasValue<?, ?>[] {
            fileReviewed, mattersChecked, disciplineOpinion, petitionsChecked, integritySigned, note
        }) {
            field.setReadOnly(!checksOpen);
        }
        exceptional.setReadOnly(!exceptionalOpen);
        approval.setReadOnly(!exceptionalOpen);
    }

    private DatePicker date(String id, String labelKey, LocalDate value) {
        String check = labelKey.substring(labelKey.lastIndexOf('.') + 1);
        DatePicker picker = field(id, labelKey, Widgets.datePicker(), check);
        picker.setMax(LocalDate.now());
        picker.setValue(value);
        return picker;
    }

    Checks checks() {
        return new Checks(
                fileReviewed.getValue(),
                mattersChecked.getValue(),
                disciplineOpinion.getValue(),
                petitionsChecked.getValue(),
                integritySigned.getValue(),
                note.getValue());
    }
}
