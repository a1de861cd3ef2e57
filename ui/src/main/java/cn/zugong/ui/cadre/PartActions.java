package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.domain.CadreNotFoundException;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The edit controls of a part tab for writers: an add button over the grid ({@code <part>-add}),
 * edit and delete buttons on each row (classes {@code <part>-edit}, {@code <part>-delete}), the
 * form in a dialog ({@code <part>-dialog}, saved by {@code <part>-save}) and a confirmation before
 * a delete ({@code <part>-delete-confirm}). Whatever happens, the file is shown again from the
 * database when a dialog closes, so a refused edit leaves nothing half-changed on screen.
 */
final class PartActions {

    private PartActions() {}

    static <T> Component around(Grid<T> grid, PartEditor<T> editor) {
        Button add = new Button(grid.getTranslation("cadre.part.add"), VaadinIcon.PLUS.create());
        add.setId(editor.part() + "-add");
        add.addClickListener(click -> open(grid, editor, editor.blank().get(), "cadre.part.dialog.add"));
        grid.addComponentColumn(item -> {
                    Button edit = new Button(
                            VaadinIcon.EDIT.create(), click -> open(grid, editor, item, "cadre.part.dialog.edit"));
                    edit.addClassName(editor.part() + "-edit");
                    edit.setAriaLabel(grid.getTranslation("cadre.part.edit"));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(grid, editor, item));
                    delete.addClassName(editor.part() + "-delete");
                    delete.setAriaLabel(grid.getTranslation("cadre.part.delete"));
                    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    return new HorizontalLayout(edit, delete);
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        VerticalLayout tab = new VerticalLayout(add, grid);
        tab.setPadding(false);
        return tab;
    }

    private static <T> void open(Component owner, PartEditor<T> editor, T item, String titleKey) {
        PartForm<T> form = editor.form().get();
        Dialog dialog = new Dialog(form);
        dialog.setId(editor.part() + "-dialog");
        dialog.setHeaderTitle(owner.getTranslation(titleKey, owner.getTranslation("cadre.part." + editor.part())));
        dialog.setWidth("min(48rem, 95vw)");
        form.edit(item);
        form.onSave(part -> {
            if (run(owner, () -> editor.save().accept(part), form)) {
                dialog.close();
                saved(owner);
            }
        });
        Button cancel = new Button(owner.getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId(editor.part() + "-cancel");
        Button save = new Button(owner.getTranslation("action.save"), click -> form.save());
        save.setId(editor.part() + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                editor.refresh().run();
            }
        });
        dialog.open();
    }

    private static <T> void confirmDelete(Component owner, PartEditor<T> editor, T item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(editor.part() + "-delete-confirm");
        confirm.setHeader(owner.getTranslation("cadre.part.delete.title"));
        confirm.setText(owner.getTranslation("cadre.part.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("action.cancel"));
        confirm.setConfirmText(owner.getTranslation("cadre.part.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (run(owner, () -> editor.remove().accept(item), null)) {
                done(owner, "cadre.part.deleted");
                editor.refresh().run();
            }
        });
        confirm.open();
    }

    /**
     * Runs a service call; its refusals are shown on the form's fields or as a notification.
     *
     * @return whether the call succeeded
     */
    static boolean run(Component owner, Runnable call, PartForm<?> form) {
        try {
            call.run();
            return true;
        } catch (ValidationException invalid) {
            if (form != null) {
                form.showProblems(invalid.problems());
            } else {
                invalid.problems().forEach(p -> error(owner, owner.getTranslation(p.messageKey(), p.messageArgs())));
            }
        } catch (AccessDeniedException | CadreNotFoundException refused) {
            error(owner, owner.getTranslation(refused.getMessage()));
        }
        return false;
    }

    static void saved(Component owner) {
        done(owner, "cadre.part.saved");
    }

    /** Says what a change that succeeded did. */
    static void done(Component owner, String key) {
        Notification.show(owner.getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(Component owner, String text) {
        Notification notification = Notification.show(text, 5000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("cadre-edit-error");
    }
}
