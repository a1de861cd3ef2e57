package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A department's proposal of a cross-county transfer: the two counties below it, and the cadre as
 * the sending county's file names it, by identity number and name. The department reads no
 * county's data: the platform looks the cadre up in the sending county and answers only whether
 * the two match an active cadre there.
 */
class ProposalForm extends FormLayout {

    ProposalForm(CadreTransfers transfers, Consumer<Supplier<String>> run, Runnable proposed) {
        setId("rotation-transfer-form");
        ComboBox<TenantId> from = counties(transfers, "rotation-transfer-from", "rotation.transfer.from");
        ComboBox<TenantId> to = counties(transfers, "rotation-transfer-to", "rotation.transfer.to");
        TextField idNumber = new TextField(getTranslation("rotation.transfer.idNumber"));
        idNumber.setId("rotation-transfer-idnumber");
        idNumber.setMaxLength(18);
        TextField name = new TextField(getTranslation("rotation.transfer.name"));
        name.setId("rotation-transfer-name");
        name.setMaxLength(50);
        TextArea reason = new TextArea(getTranslation("rotation.transfer.reason"));
        reason.setId("rotation-transfer-reason");
        reason.setMaxLength(500);
        Button propose = new Button(
                getTranslation("rotation.transfer.propose"),
                e -> run.accept(() -> {
                    if (from.getValue() == null || to.getValue() == null) {
                        return "rotation.transfer.countiesFirst";
                    }
                    transfers.propose(
                            from.getValue(), to.getValue(), idNumber.getValue(), name.getValue(), reason.getValue());
                    idNumber.clear();
                    name.clear();
                    reason.clear();
                    return "rotation.transfer.proposed";
                }));
        propose.setId("rotation-transfer-propose");
        add(from, to, idNumber, name, reason, propose);
    }

    private ComboBox<TenantId> counties(CadreTransfers transfers, String id, String label) {
        ComboBox<TenantId> box = new ComboBox<>(getTranslation(label));
        box.setId(id);
        box.setItems(transfers.countiesBelow());
        box.setItemLabelGenerator(c -> transfers.countyName(c, getLocale()) + " " + c.code());
        return box;
    }
}
