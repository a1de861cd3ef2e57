package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * The inspection notice (kaocha yugao): when it was issued, when the inspection starts, and the
 * inspection team, its members' names separated by commas (checked for duty avoidance).
 */
class NoticeForm extends StepForm {

    final DatePicker on;
    final DatePicker inspectionFrom;
    final TextField team;

    NoticeForm(CaseContext context, CaseCalls calls) {
        super(context, "notice-form");
        on = field("notice-on", "selection.notice.on", Widgets.datePicker(), "noticeOn");
        on.setMax(LocalDate.now());
        on.setValue(context.selectionCase().procedure().getNoticeOn());
        inspectionFrom = field(
                "notice-inspection-from", "selection.notice.inspectionFrom", Widgets.datePicker(), "inspectionFrom");
        inspectionFrom.setValue(context.selectionCase().procedure().getInspectionFrom());
        team = field("notice-team", "selection.notice.team", new TextField(), "team");
        team.setMaxLength(500);
        team.setHelperText(getTranslation("selection.notice.team.help"));
        team.setValue(orEmpty(context.selectionCase().procedure().getInspectionTeam()));
        setColspan(team, 2);
        action(
                "notice-save",
                "selection.notice.save",
                () -> calls.recordNotice(on.getValue(), inspectionFrom.getValue(), team.getValue()),
                () -> getTranslation(
                        "selection.notice.saved",
                        SelectionLabels.date(on.getValue()),
                        team.getValue().strip()),
                () -> true);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
