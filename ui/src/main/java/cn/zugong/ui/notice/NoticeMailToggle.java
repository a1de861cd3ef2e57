package cn.zugong.ui.notice;

import cn.zugong.core.mail.NoticeMailPreferences;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Also receive notices by e-mail" ({@code notices-mail}) on the notices page: shown only when SMTP
 * is configured; the mails go to the address of the user's account, which it names, and cannot
 * be chosen without one. Showing it refreshes a standing choice with the user's address, roles and
 * language.
 */
final class NoticeMailToggle extends Checkbox {

    private final NoticeMailPreferences preferences;
    private final Supplier<Optional<String>> email;

    /** @param email the address of the signed-in user's account */
    NoticeMailToggle(NoticeMailPreferences preferences, Supplier<Optional<String>> email) {
        this.preferences = preferences;
        this.email = email;
        setId("notices-mail");
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                preferences.choose(change.getValue(), email.get(), getLocale());
                Notification.show(getTranslation(change.getValue() ? "notices.mail.on" : "notices.mail.off"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
    }

    /** Shows the user's choice, or hides the toggle when mail is not offered. */
    void show() {
        setVisible(preferences.offered());
        if (!isVisible()) {
            return;
        }
        Optional<String> address = email.get();
        preferences.refresh(address, getLocale());
        setLabel(getTranslation("notices.mail.toggle"));
        setValue(preferences.chosen());
        setEnabled(address.isPresent() || getValue());
        setHelperText(address.map(a -> getTranslation("notices.mail.address", a))
                .orElseGet(() -> getTranslation("notices.mail.noAddress")));
    }
}
