package cn.zugong.ui.selection;

import cn.zugong.core.selection.GateRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Goes on despite a gate's block: a recorded decision with its justification (at least ten characters). */
class OverrideDialog extends Dialog {

    final TextArea justification = new TextArea();

    OverrideDialog(CaseContext context, CaseCalls calls, GateRecord gate) {
        setId("override-dialog");
        setHeaderTitle(getTranslation("selection.gates.overrideTitle", context.name(gate.getCadreId())));
        setWidth("min(40rem, 95vw)");
        justification.setId("override-justification");
        justification.setLabel(getTranslation("selection.gates.justification"));
        justification.setMaxLength(2000);
        justification.setWidthFull();
        add(new Paragraph(getTranslation("selection.gates.overrideHint")), justification);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("override-cancel");
        Button save = new Button(getTranslation("selection.gates.overrideButton"), click -> {
            if (CaseActions.run(
                    this,
                    () -> calls.override(gate.getId(), justification.getValue()),
                    Map.of("justification", justification))) {
                close();
                CaseActions.saved(this, "selection.gates.overrideSaved");
                context.changed().run();
            }
        });
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, save);
    }
}
