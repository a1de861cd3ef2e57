package cn.zugong.ui.calendar;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.calendar.CalendarDayRules;
import cn.zugong.core.calendar.DayKind;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Adds, changes or deletes one calendar entry: date, kind (a holiday, or a weekend day worked) and
 * name. A new date proposes the kind it usually has (a weekend day is a make-up working day, a
 * weekday a holiday). The rules are checked here and again by the service; each refusal marks its
 * field. Read-only for those who may not change the calendar.
 */
class CalendarDayDialog extends Dialog {

    /** What the dialog's buttons do with the entry. */
    interface Actions extends Serializable {
        void save(CalendarDay day);

        void delete(UUID id);
    }

    final DatePicker date = Widgets.datePicker();
    final Select<DayKind> kind = new Select<>();
    final TextField name = new TextField();
    final Button save = new Button();
    final Button delete = new Button();

    private final Binder<CalendarDay> binder = new Binder<>();
    private final CalendarDay day;
    private final Actions actions;

    CalendarDayDialog(CalendarDay day, boolean isNew, boolean readOnly, Actions actions) {
        this.day = day;
        this.actions = actions;
        setId("calendar-dialog");
        setHeaderTitle(getTranslation(
                readOnly ? "calendar.dialog.view" : isNew ? "calendar.dialog.add" : "calendar.dialog.edit"));
        date.setId("calendar-date");
        date.setLabel(getTranslation("calendar.field.date"));
        date.setRequiredIndicatorVisible(true);
        date.addValueChangeListener(change -> {
            if (change.isFromClient() || kind.isEmpty()) {
                proposeKind(change.getValue());
            }
        });
        kind.setId("calendar-kind");
        kind.setLabel(getTranslation("calendar.field.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("calendar.kind." + k.name()));
        name.setId("calendar-name");
        name.setLabel(getTranslation("calendar.field.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        bind();
        binder.readBean(day);
        binder.setReadOnly(readOnly);
        add(new FormLayout(date, kind, name));

        Button cancel = new Button(getTranslation(readOnly ? "action.close" : "action.cancel"), click -> close());
        cancel.setId("calendar-cancel");
        save.setText(getTranslation("action.save"));
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        save.setVisible(!readOnly);
        delete.setText(getTranslation("calendar.delete"));
        delete.setId("calendar-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> delete());
        delete.setVisible(!readOnly && !isNew);
        getFooter().add(delete, cancel, save);
    }

    private void bind() {
        String required = getTranslation("calendar.error.required");
        binder.forField(date).asRequired(required).bind(CalendarDay::getDate, CalendarDay::setDate);
        binder.forField(kind).asRequired(required).bind(CalendarDay::getKind, CalendarDay::setKind);
        binder.forField(name).asRequired(required).bind(CalendarDay::getName, CalendarDay::setName);
    }

    private void proposeKind(LocalDate value) {
        if (value != null) {
            boolean weekend = value.getDayOfWeek() == DayOfWeek.SATURDAY || value.getDayOfWeek() == DayOfWeek.SUNDAY;
            kind.setValue(weekend ? DayKind.WORKDAY : DayKind.HOLIDAY);
        }
    }

    /** Checks and saves the entry; true when it was saved (the dialog closes). */
    boolean save() {
        if (!binder.writeBeanIfValid(day)) {
            return false;
        }
        List<Problem> problems = CalendarDayRules.validate(day, false);
        if (problems.isEmpty()) {
            try {
                actions.save(day);
                close();
                return true;
            } catch (ValidationException invalid) {
                problems = invalid.problems();
            } catch (AccessDeniedException denied) {
                error(getTranslation(denied.getMessage()));
                return false;
            } catch (OptimisticLockException | TransactionalException stale) {
                error(getTranslation("calendar.error.stale"));
                return false;
            }
        }
        show(problems);
        return false;
    }

    /** Deletes the entry; true when it was deleted (the dialog closes). */
    boolean delete() {
        try {
            actions.delete(day.getId());
            close();
            return true;
        } catch (ValidationException invalid) {
            show(invalid.problems());
        } catch (AccessDeniedException denied) {
            error(getTranslation(denied.getMessage()));
        } catch (OptimisticLockException | TransactionalException stale) {
            error(getTranslation("calendar.error.stale"));
        }
        return false;
    }

    private void show(List<Problem> problems) {
        Map<String, HasValidation> fields = Map.of("date", date, "kind", kind, "name", name);
        fields.values().forEach(f -> f.setInvalid(false));
        for (Problem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), date);
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.messageArgs()));
            field.setInvalid(true);
        }
    }

    private static void error(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
