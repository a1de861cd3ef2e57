package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;

/**
 * Starts the pre-appointment publicity (renqian gongshi) on a day for so many working days (at
 * least five; the last day by the county's calendar is shown as they are chosen), or goes without
 * it on one of the grounds the regulation allows (DOMAIN 4.1: a special post; publicized at the
 * general election, offered in a general-election case only; no promotion), explained.
 */
class PublicityForm extends StepForm {

    final DatePicker from;
    final IntegerField days;
    final Span end = new Span();
    final Select<PublicitySkipGround> skipGround;
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
        skipGround = field("publicity-skip-ground", "selection.publicity.ground", new Select<>(), "ground");
        skipGround.setItems(Arrays.stream(PublicitySkipGround.values())
                .filter(g -> g != PublicitySkipGround.PUBLICIZED_AT_ELECTION
                        || context.selectionCase().isGeneralElection())
                .toList());
        skipGround.setItemLabelGenerator(g -> SelectionLabels.of(this, "publicity.ground", g));
        skipReason = field("publicity-skip-reason", "selection.publicity.skipReason", new TextField(), "reason");
        skipReason.setMaxLength(200);
        action(
                "publicity-skip",
                "selection.publicity.skip",
                () -> calls.skipPublicity(skipGround.getValue(), skipReason.getValue()),
                () -> getTranslation(
                        "selection.publicity.skipSaved",
                        SelectionLabels.of(this, "publicity.ground", skipGround.getValue())),
                () -> true);
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
