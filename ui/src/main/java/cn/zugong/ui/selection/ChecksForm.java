package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * One inspected candidate's mandatory checks (fanti sibi) and integrity conclusion, each the date
 * it was done, and the exceptional promotion (poge) with the upper department's approval. Ids
 * {@code checks-<n>-...}, n the candidate's place in the list; {@code checks-<n>-status} says how
 * many of the five are done and which are missing. The checks are recorded during the inspection
 * and up to the decision, as far as they are done (the inspection cannot end before all are); the
 * exceptional promotion until the decision. Each save says what it recorded, or what is missing.
 */
class ChecksForm extends StepForm {

    final Span status;
    final DatePicker fileReviewed;
    final DatePicker mattersChecked;
    final DatePicker disciplineOpinion;
    final DatePicker petitionsChecked;
    final DatePicker integritySigned;
    final TextField note;
    final Checkbox exceptional;
    final TextField approval;
    private transient SelectionCandidate saved;

    ChecksForm(CaseContext context, CaseCalls calls, SelectionCandidate candidate) {
        super(context, "checks-" + context.index(candidate.getCadreId()));
        String id = getId().orElseThrow();
        String name = context.name(candidate.getCadreId());
        H4 heading = new H4(name);
        add(heading);
        setColspan(heading, 3);
        status = new Span(status(Checks.of(candidate).missing()));
        status.setId(id + "-status");
        add(status);
        setColspan(status, 3);
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
            action(
                    id + "-save",
                    "selection.checks.save",
                    () -> saved = calls.recordChecks(candidate.getCadreId(), checks()),
                    () -> checksSaved(name, missing()),
                    () -> missing().isEmpty());
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
                    () -> calls.recordExceptional(candidate.getCadreId(), exceptional.getValue(), approval.getValue()),
                    () -> exceptionalSaved(name),
                    () -> !exceptional.getValue() || !approval.getValue().isBlank());
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

    /** What is still missing after the save: as the service stored it. */
    private List<String> missing() {
        return (saved == null ? checks() : Checks.of(saved)).missing();
    }

    private String status(List<String> missing) {
        return missing.isEmpty()
                ? getTranslation("selection.checks.status.complete", Checks.COUNT)
                : getTranslation(
                        "selection.checks.status.missing",
                        Checks.COUNT - missing.size(),
                        Checks.COUNT,
                        missingText(missing));
    }

    private String checksSaved(String name, List<String> missing) {
        return missing.isEmpty()
                ? getTranslation("selection.checks.saved.complete", name, Checks.COUNT)
                : getTranslation(
                        "selection.checks.saved.partial",
                        name,
                        Checks.COUNT - missing.size(),
                        Checks.COUNT,
                        missingText(missing));
    }

    private String missingText(List<String> missing) {
        String keys = String.join(
                ", ", missing.stream().map(m -> "@selection.check." + m).toList());
        return (String) MessageArgs.translated(this::getTranslation, keys)[0];
    }

    private String exceptionalSaved(String name) {
        if (!exceptional.getValue()) {
            return getTranslation("selection.exceptional.saved.no", name);
        }
        String text = approval.getValue().strip();
        return text.isEmpty()
                ? getTranslation("selection.exceptional.saved.pending", name)
                : getTranslation("selection.exceptional.saved.approved", name, text);
    }
}
