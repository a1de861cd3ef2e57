package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** The inspection notice (kaocha yugao): when it was issued, and the inspection team. */
class NoticeForm extends StepForm {

    final DatePicker on;
    final TextField team;

    NoticeForm(CaseContext context, CaseCalls calls) {
        super(context, "notice-form");
        on = field("notice-on", "selection.notice.on", Widgets.datePicker(), "noticeOn");
        on.setMax(LocalDate.now());
        on.setValue(context.selectionCase().getNoticeOn());
        team = field("notice-team", "selection.notice.team", new TextField(), "team");
        team.setMaxLength(500);
        team.setValue(orEmpty(context.selectionCase().getInspectionTeam()));
        setColspan(team, 2);
        action(
                "notice-save",
                "selection.notice.save",
                () -> calls.recordNotice(on.getValue(), team.getValue()),
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
