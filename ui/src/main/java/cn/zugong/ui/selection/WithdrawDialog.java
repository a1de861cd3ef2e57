package cn.zugong.ui.selection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** Withdraws an open case (chehui), with the reason. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();

    WithdrawDialog(CaseContext context, CaseCalls calls) {
        setId("withdraw-dialog");
        setHeaderTitle(getTranslation("selection.withdraw.title"));
        setWidth("min(40rem, 95vw)");
        reason.setId("withdraw-reason");
        reason.setLabel(getTranslation("selection.withdraw.reason"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        add(reason);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("withdraw-cancel");
        Button save = new Button(getTranslation("selection.withdraw.confirm"), click -> {
            if (CaseActions.run(this, () -> calls.withdraw(reason.getValue()), Map.of("reason", reason))) {
                close();
                CaseActions.saved(this, "selection.withdraw.done");
                context.changed().run();
            }
        });
        save.setId("withdraw-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, save);
    }
}
