package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * The end of the trial year (shiyongqi): confirmed in the post (zhengshi renzhi), or not, which
 * ends the trial post; the day and a note (the document or the assessment).
 */
class ProbationForm extends StepForm {

    final Checkbox confirmed;
    final DatePicker endedOn;
    final TextField note;

    ProbationForm(CaseContext context, CaseCalls calls) {
        super(context, "probation-form");
        confirmed = flag("probation-confirmed", "selection.probation.confirmed");
        confirmed.setValue(true);
        endedOn = field("probation-ended-on", "selection.probation.endedOn", Widgets.datePicker(), "endedOn");
        endedOn.setMin(context.selectionCase().getDecidedOn());
        endedOn.setMax(LocalDate.now());
        note = field("probation-note", "selection.probation.note", new TextField(), "note");
        note.setMaxLength(1000);
        action(
                "probation-save",
                "selection.probation.save",
                () -> calls.endProbation(confirmed.getValue(), endedOn.getValue(), note.getValue()));
    }
}
