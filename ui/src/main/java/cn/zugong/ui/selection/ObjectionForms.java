package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.domain.SelectionObjection;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** The reports received during the publicity: recording one, and the result of looking into it. */
final class ObjectionForms {

    private ObjectionForms() {}

    /** A report received (objection-received-on, objection-summary, objection-add). */
    static class Add extends StepForm {

        final DatePicker receivedOn;
        final TextField summary;

        Add(CaseContext context, CaseCalls calls) {
            super(context, "objection-form");
            receivedOn = field(
                    "objection-received-on", "selection.objection.receivedOn", Widgets.datePicker(), "receivedOn");
            receivedOn.setMax(LocalDate.now());
            summary = field("objection-summary", "selection.objection.summaryLabel", new TextField(), "summary");
            summary.setMaxLength(1000);
            setColspan(summary, 2);
            action(
                    "objection-add",
                    "selection.objection.add",
                    () -> calls.recordObjection(receivedOn.getValue(), summary.getValue()));
        }
    }

    /**
     * The result of one report ({@code objection-<i>-...}, i its place in the case's reports): one
     * that affects the appointment stops the case.
     */
    static class Resolve extends StepForm {

        final Checkbox affects;
        final TextField resolution;

        Resolve(CaseContext context, CaseCalls calls, SelectionObjection objection, int index) {
            super(context, "objection-" + index);
            resolution = field(
                    "objection-" + index + "-resolution",
                    "selection.objection.resolutionLabel",
                    new TextField(),
                    "resolution",
                    "objection");
            resolution.setMaxLength(1000);
            setColspan(resolution, 2);
            affects = flag("objection-" + index + "-affects", "selection.objection.affects");
            action(
                    "objection-" + index + "-resolve",
                    "selection.objection.resolve",
                    () -> calls.resolveObjection(objection.getId(), affects.getValue(), resolution.getValue()));
        }
    }
}
