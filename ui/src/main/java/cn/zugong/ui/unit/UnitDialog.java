package cn.zugong.ui.unit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The unit form in a dialog, with save (when the user may write) and close. */
class UnitDialog extends Dialog {

    UnitDialog(UnitForm form, boolean readOnly, boolean creating) {
        setId("unit-dialog");
        setHeaderTitle(
                getTranslation(readOnly ? "unit.dialog.view" : creating ? "unit.dialog.create" : "unit.dialog.edit"));
        setWidth("min(44rem, 95vw)");
        add(form);
        Button close = new Button(getTranslation(readOnly ? "action.close" : "action.cancel"), click -> close());
        close.setId("unit-cancel");
        if (!readOnly) {
            Button save = new Button(getTranslation("action.save"), click -> form.save());
            save.setId("unit-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(close, save);
        } else {
            getFooter().add(close);
        }
    }
}
