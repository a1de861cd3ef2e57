package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.view.Widgets;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * Issues the decision (renzhi): the document number, the day it was issued, the appointment talk
 * and, for an appointment, whether a trial year runs (proposed as DOMAIN 4.2 has it: a promotion to a deputy post of a working department or a post of an internal organ that is not elected).
 */
class AppointmentForm extends StepForm {

    final TextField documentNo;
    final DatePicker issuedOn;
    final DatePicker talkOn;
    final Checkbox trial;

    AppointmentForm(CaseContext context, CaseCalls calls) {
        super(context, "appointment-form");
        boolean appoint = context.selectionCase().getKind() == SelectionKind.APPOINT;
        LocalDate decided = context.selectionCase().getDecidedOn();
        documentNo =
                field("appointment-document-no", "selection.appointment.documentNo", new TextField(), "documentNo");
        documentNo.setMaxLength(100);
        issuedOn = field("appointment-issued-on", "selection.appointment.issuedOn", Widgets.datePicker(), "issuedOn");
        issuedOn.setMin(decided);
        issuedOn.setMax(LocalDate.now());
        talkOn = field("appointment-talk-on", "selection.appointment.talkOn", Widgets.datePicker(), "talkOn");
        talkOn.setMin(decided);
        talkOn.setMax(LocalDate.now());
        talkOn.setVisible(appoint);
        trial = flag("appointment-trial", "selection.appointment.trial");
        trial.setVisible(appoint);
        trial.setValue(appoint && calls.trialProposed());
        trial.setTooltipText(getTranslation("selection.appointment.trial.help"));
        action(
                "appointment-save",
                appoint ? "selection.appointment.save" : "selection.appointment.issue",
                () -> calls.apply(
                        documentNo.getValue(),
                        issuedOn.getValue(),
                        appoint ? talkOn.getValue() : null,
                        appoint && trial.getValue()));
    }
}
