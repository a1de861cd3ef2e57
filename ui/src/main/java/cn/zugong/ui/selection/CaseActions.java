package cn.zugong.ui.selection;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/**
 * Runs a service call of a case page: a refusal is shown on the field it names, translated with its
 * key arguments ({@link MessageArgs}); one without a field on the form, a missing case or a
 * read-only user as an error notification ({@code selection-error}). Success shows {@code
 * selection-saved}.
 */
public final class CaseActions {

    private CaseActions() {}

    /** Whether the call went through. */
    public static boolean run(Component owner, Runnable call, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            call.run();
            return true;
        } catch (ValidationException invalid) {
            for (Problem problem : invalid.problems()) {
                String text = MessageArgs.text(owner, problem);
                HasValidation field = fields.get(problem.field());
                if (field == null) {
                    error(owner, text);
                } else {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                }
            }
        } catch (AccessDeniedException | CaseNotFoundException refused) {
            error(owner, owner.getTranslation(refused.getMessage()));
        }
        return false;
    }

    public static void saved(Component owner, String messageKey) {
        done(owner.getTranslation(messageKey));
    }

    static void done(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("selection-saved");
    }

    /** Done, but not as hoped (a meeting that adopted nobody): {@code selection-notice}. */
    static void notice(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
        notification.setId("selection-notice");
    }

    public static void error(Component owner, String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("selection-error");
    }
}
