package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.selection.domain.CaseProcedure;
import cn.zugong.core.selection.eligibility.DualManagement;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * The written consultation of a dual-managed cadre's co-manager before the decision (DOMAIN 5.5):
 * the co-manager (empty when the cadre is not dual-managed), when it was asked, its answer and
 * when it came. Ids {@code dual-...}.
 */
class DualForm extends StepForm {

    final TextField manager;
    final DatePicker consultedOn;
    final ComboBox<DualManagement.Reply> reply;
    final DatePicker repliedOn;

    DualForm(CaseContext context, CaseCalls calls) {
        super(context, "dual-form");
        CaseProcedure p = context.selectionCase().procedure();
        H4 title = new H4(getTranslation("selection.dual.title"));
        add(title);
        setColspan(title, 3);
        manager = field("dual-manager", "selection.dual.manager", new TextField(), "dualManager");
        manager.setMaxLength(200);
        manager.setValue(NoticeForm.orEmpty(p.getDualManager()));
        consultedOn =
                date("dual-consulted-on", "selection.dual.consultedOn", p.getDualConsultedOn(), "dualConsultedOn");
        reply = field("dual-reply", "selection.dual.reply", new ComboBox<>(), "dualReply");
        reply.setItems(DualManagement.Reply.values());
        reply.setItemLabelGenerator(r -> getTranslation("selection.dual.reply." + r.name()));
        reply.setPlaceholder(getTranslation("selection.dual.reply.none"));
        reply.setClearButtonVisible(true);
        reply.setValue(p.getDualReply());
        repliedOn = date("dual-replied-on", "selection.dual.repliedOn", p.getDualRepliedOn(), "dualRepliedOn");
        action(
                "dual-save",
                "selection.dual.save",
                () -> calls.recordDualConsultation(
                        manager.getValue(), consultedOn.getValue(), reply.getValue(), repliedOn.getValue()));
    }

    private DatePicker date(String id, String labelKey, LocalDate value, String problemField) {
        DatePicker picker = field(id, labelKey, Widgets.datePicker(), problemField);
        picker.setMax(LocalDate.now());
        picker.setValue(value);
        return picker;
    }
}
