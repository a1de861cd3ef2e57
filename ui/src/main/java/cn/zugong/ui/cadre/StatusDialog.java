package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CadreStatusRules;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changes a cadre's status on a date: only the statuses the current one may become are offered;
 * the rules are checked here and again by the service, and each refusal marks its field.
 */
class StatusDialog extends Dialog {

    /** The service call that records the change. */
    @FunctionalInterface
    interface Changer extends Serializable {
        void change(CadreStatus status, LocalDate effective, String note);
    }

    final Select<CadreStatus> status = new Select<>();
    final DatePicker date = Widgets.datePicker();
    final TextField note = new TextField();
    private final CadreStatus current;
    private final Changer changer;

    StatusDialog(CadreStatus current, Changer changer) {
        this.current = current;
        this.changer = changer;
        setId("status-dialog");
        setHeaderTitle(getTranslation("cadre.status.change"));
        status.setId("status-new");
        status.setLabel(getTranslation("cadre.status.new"));
        status.setItems(CadreStatusRules.next(current));
        status.setItemLabelGenerator(s -> Labels.of(this, s));
        date.setId("status-date");
        date.setLabel(getTranslation("cadre.status.date"));
        date.setMax(LocalDate.now());
        note.setId("status-note");
        note.setLabel(getTranslation("cadre.status.note"));
        note.setMaxLength(200);
        add(new FormLayout(status, date, note));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("status-cancel");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("status-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }

    /** Checks and records the change; true when it was recorded (the dialog closes). */
    boolean save() {
        List<Problem> problems = CadreStatusRules.change(
                current, status.getValue(), date.getValue(), note.getValue(), Optional.empty(), LocalDate.now());
        if (problems.isEmpty()) {
            try {
                changer.change(status.getValue(), date.getValue(), note.getValue());
                close();
                PartActions.saved(this);
                return true;
            } catch (ValidationException invalid) {
                problems = invalid.problems();
            } catch (AccessDeniedException | CadreNotFoundException refused) {
                PartActions.error(this, getTranslation(refused.getMessage()));
                return false;
            }
        }
        show(problems);
        return false;
    }

    private void show(List<Problem> problems) {
        Map<String, HasValidation> fields = Map.of("status", status, "effectiveDate", date, "note", note);
        fields.values().forEach(f -> f.setInvalid(false));
        for (Problem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), status);
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.messageArgs()));
            field.setInvalid(true);
        }
    }
}
