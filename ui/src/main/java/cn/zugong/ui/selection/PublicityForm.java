package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.StepService;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Starts the pre-appointment publicity (renqian gongshi) on a day for so many working days (at
 * least five; the last day by the county's calendar is shown as they are chosen), or goes without
 * it with the reason (a special post, or publicized at the general election).
 */
class PublicityForm extends StepForm {

    final DatePicker from;
    final IntegerField days;
    final Span end = new Span();
    final TextField skipReason;
    private final transient CaseCalls calls;

    PublicityForm(CaseContext context, CaseCalls calls) {
        super(context, "publicity-form");
        this.calls = calls;
        from = field("publicity-from", "selection.publicity.from", Widgets.datePicker(), "publicityFrom", "publicity");
        from.setMin(context.selectionCase().getDecidedOn());
        days = field("publicity-days", "selection.publicity.days", Counts.field(), "publicityDays");
        days.setMin(StepService.MIN_PUBLICITY_DAYS);
        days.setValue(StepService.MIN_PUBLICITY_DAYS);
        end.setId("publicity-end");
        add(end);
        from.addValueChangeListener(change -> showEnd());
        days.addValueChangeListener(change -> showEnd());
        action(
                "publicity-start",
                "selection.publicity.start",
                () -> calls.startPublicity(from.getValue(), Counts.required(days, "publicityDays")));
        skipReason = field("publicity-skip-reason", "selection.publicity.skipReason", new TextField(), "reason");
        skipReason.setMaxLength(200);
        setColspan(skipReason, 2);
        action("publicity-skip", "selection.publicity.skip", () -> calls.skipPublicity(skipReason.getValue()));
    }

    private void showEnd() {
        Integer n = days.getValue();
        if (from.getValue() == null || n == null || n < 1) {
            end.setText("");
            return;
        }
        end.setText(getTranslation(
                "selection.publicity.endsOn", SelectionLabels.date(calls.publicityEnd(from.getValue(), n))));
    }
}
