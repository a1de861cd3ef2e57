package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Acknowledges a soft finding (a plugin's or a [P] rule's block, or a warning) with a reason of at
 * least ten characters, recorded in the whole-process record. It names the check, the candidate
 * and the step, and the finding itself; the acknowledgement covers the same finding at later steps.
 * Hard rules are never offered here.
 */
class AcknowledgeDialog extends Dialog {

    final TextArea justification = new TextArea();

    AcknowledgeDialog(CaseContext context, CaseCalls calls, GateRecord gate, String gateName) {
        setId("acknowledge-dialog");
        setHeaderTitle(getTranslation("selection.gates.acknowledgeTitle", gateName));
        setWidth("min(40rem, 95vw)");
        Paragraph what = new Paragraph(getTranslation(
                "selection.gates.acknowledgeWhat",
                gateName,
                context.name(gate.getCadreId()),
                SelectionLabels.step(this, gate.getStep()),
                MessageArgs.text(this, gate.getReasonKey(), GateArgs.split(gate.getReasonArgs()))));
        what.setId("acknowledge-what");
        justification.setId("acknowledge-justification");
        justification.setLabel(getTranslation("selection.gates.justification"));
        justification.setMaxLength(2000);
        justification.setWidthFull();
        add(what, new Paragraph(getTranslation("selection.gates.acknowledgeHint")), justification);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("acknowledge-cancel");
        Button save = new Button(getTranslation("selection.gates.acknowledgeButton"), click -> {
            if (CaseActions.run(
                    this,
                    () -> calls.acknowledge(gate.getId(), justification.getValue()),
                    Map.of("justification", justification))) {
                close();
                CaseActions.saved(this, "selection.gates.acknowledgeSaved");
                context.changed().run();
            }
        });
        save.setId("acknowledge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
