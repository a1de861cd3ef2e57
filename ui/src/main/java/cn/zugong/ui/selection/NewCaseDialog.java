package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.OpenCase;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.ui.cadre.UnitChoices;
import cn.zugong.ui.unit.PositionLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens a case (dongyi): its kind, title, the post (a unit, then one of its positions), the subject
 * cadre of a removal or retirement, the general-election flag, the work plan, who initiated it and
 * the intended candidates. Only the fields of the chosen kind are shown.
 */
class NewCaseDialog extends Dialog {

    /** The service call that opens the case and answers its id. */
    @FunctionalInterface
    interface Opener extends Serializable {
        UUID open(OpenCase request);
    }

    static Opener of(SelectionService selection) {
        return request -> selection.open(request).getId();
    }

    final Select<SelectionKind> kind = new Select<>();
    final TextField title = new TextField();
    final ComboBox<UnitChoices.Unit> unit = new ComboBox<>();
    final ComboBox<UnitPosition> position = new ComboBox<>();
    final ComboBox<CadreSearch.Option> subject;
    final Checkbox generalElection = new Checkbox();
    final TextArea plan = new TextArea();
    final TextField initiator = new TextField();
    final MultiSelectComboBox<CadreSearch.Option> intended;
    private final Opener opener;
    private final SerializableConsumer<UUID> opened;

    NewCaseDialog(UnitChoices units, CadreSearch cadres, Opener opener, SerializableConsumer<UUID> opened) {
        this.opener = opener;
        this.opened = opened;
        subject = CadrePicker.single(cadres);
        intended = CadrePicker.multiple(cadres);
        setId("case-dialog");
        setHeaderTitle(getTranslation("selection.create"));
        setWidth("min(56rem, 95vw)");
        kind.setItems(SelectionKind.values());
        kind.setItemLabelGenerator(k -> SelectionLabels.kind(this, k));
        kind.setValue(SelectionKind.APPOINT);
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        title.setMaxLength(200);
        unit.setItems(query -> units.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setItemLabelGenerator(UnitChoices.Unit::name);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(change -> {
            position.clear();
            if (change.getValue() == null) {
                position.setItems(List.of());
                return;
            }
            // Equal titles told apart by their place in the unit and who holds them (or vacant).
            List<UnitPosition> offered = units.positions(change.getValue().id());
            Map<UUID, List<String>> holders = units.holders(change.getValue().id());
            position.setItemLabelGenerator(p -> PositionLabels.choice(this, offered, holders, p));
            position.setItems(offered);
        });
        plan.setMaxLength(4000);
        initiator.setMaxLength(200);
        initiator.setHelperText(getTranslation("selection.field.initiator.help"));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        label(form, kind, "case-kind", "selection.field.kind");
        label(form, title, "case-title", "selection.field.title");
        label(form, subject, "case-subject", "selection.field.subject");
        label(form, unit, "case-unit", "selection.field.unit");
        label(form, position, "case-position", "selection.field.position");
        label(form, initiator, "case-initiator", "selection.field.initiator");
        label(form, intended, "case-intended", "selection.field.intended");
        generalElection.setId("case-general-election");
        generalElection.setLabel(getTranslation("selection.field.generalElection"));
        form.add(generalElection);
        label(form, plan, "case-plan", "selection.field.plan");
        form.setColspan(plan, 2);
        add(form);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("case-cancel");
        Button save = new Button(getTranslation("selection.create.save"), click -> save());
        save.setId("case-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        showFieldsOf(SelectionKind.APPOINT);
    }

    private <C extends Component & HasLabel> void label(FormLayout form, C field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        form.add(field);
    }

    /** An appointment names the post and candidates; a removal the cadre and his post; a retirement the cadre. */
    private void showFieldsOf(SelectionKind chosen) {
        boolean appoint = chosen == SelectionKind.APPOINT;
        boolean retire = chosen == SelectionKind.RETIRE;
        subject.setVisible(!appoint);
        unit.setVisible(!retire);
        position.setVisible(!retire);
        generalElection.setVisible(appoint);
        intended.setVisible(appoint);
    }

    /** Opens the case; true when it was opened (the dialog closes and the case is shown). */
    boolean save() {
        SelectionKind chosen = kind.getValue();
        boolean appoint = chosen == SelectionKind.APPOINT;
        OpenCase request = new OpenCase(
                chosen,
                title.getValue(),
                chosen == SelectionKind.RETIRE || position.getValue() == null
                        ? null
                        : position.getValue().getId(),
                appoint || subject.getValue() == null
                        ? null
                        : subject.getValue().id(),
                appoint && generalElection.getValue(),
                plan.getValue(),
                initiator.getValue(),
                appoint
                        ? intended.getValue().stream()
                                .map(CadreSearch.Option::id)
                                .toList()
                        : List.of());
        Map<String, HasValidation> fields = Map.of(
                "kind", kind,
                "title", title,
                "position", position,
                "subject", subject,
                "plan", plan,
                "intended", intended);
        UUID[] id = new UUID[1];
        if (!CaseActions.run(this, () -> id[0] = opener.open(request), fields)) {
            return false;
        }
        close();
        CaseActions.saved(this, "selection.opened");
        opened.accept(id[0]);
        return true;
    }
}
