package cn.zugong.plugin.supervision.ui;

import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.HashMap;
import java.util.Map;

/**
 * Shows what the services refused: each problem at its field (by the field's name), the rest in a
 * notification, in the user's language. An argument that is itself a message key of the module
 * (a state's name) is translated too.
 */
final class Feedback {

    private final Component page;
    private final Map<String, HasValidation> fields = new HashMap<>();

    Feedback(Component page) {
        this.page = page;
    }

    /** A field whose problems are shown on it. */
    <T extends HasValidation> T field(String name, T field) {
        fields.put(name, field);
        return field;
    }

    /** Runs a change; a refusal is shown and answered false. */
    boolean run(Runnable change) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            return true;
        } catch (Refused refused) {
            StringBuilder unplaced = new StringBuilder();
            for (Problem problem : refused.problems()) {
                String text = text(problem);
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                } else {
                    unplaced.append(unplaced.isEmpty() ? "" : " ").append(text);
                }
            }
            if (!unplaced.isEmpty()) {
                Notification n = Notification.show(unplaced.toString());
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                n.setId("supervision-refused");
            }
            return false;
        }
    }

    void success(String key, Object... args) {
        Notification n = Notification.show(page.getTranslation(key, args));
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("supervision-done");
    }

    String text(Problem problem) {
        Object[] args = problem.args().stream()
                .map(a -> a.startsWith("supervision.") ? page.getTranslation(a) : a)
                .toArray();
        return page.getTranslation(problem.key(), args);
    }
}
