package cn.zugong.ui.admin;

import cn.zugong.core.admin.IdentityConflictException;
import cn.zugong.core.admin.IdentityUnavailableException;
import cn.zugong.core.admin.UnknownTenantException;
import cn.zugong.core.admin.UnknownUserException;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the admin services for the pages: refusals become translated notifications, passwords a dialog. */
final class AdminTexts {

    private static final Logger LOG = Logger.getLogger(AdminTexts.class.getName());

    private AdminTexts() {}

    /**
     * Runs a service call; a refusal is shown as an error notification.
     *
     * @return whether the call succeeded
     */
    static boolean run(Component owner, Runnable call) {
        try {
            call.run();
            return true;
        } catch (ValidationException invalid) {
            error(String.join(
                    " ",
                    invalid.problems().stream()
                            .map(p -> MessageArgs.text(owner, p))
                            .toList()));
        } catch (AccessDeniedException denied) {
            error(owner.getTranslation(denied.getMessage()));
        } catch (IdentityConflictException taken) {
            error(owner.getTranslation("user.error.exists"));
        } catch (UnknownUserException unknown) {
            error(owner.getTranslation("user.error.unknown"));
        } catch (UnknownTenantException unknown) {
            error(owner.getTranslation("tenant.error.unknown"));
        } catch (IdentityUnavailableException down) {
            LOG.log(Level.WARNING, "Keycloak refused an admin call", down);
            error(owner.getTranslation("api.problem.unavailable.detail"));
        }
        return false;
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("admin-error");
    }

    /**
     * Hands a new account's temporary password over: when it was mailed to the user, says so and
     * shows nothing else; otherwise shows it once.
     */
    static void handOver(Component owner, String username, String password, boolean mailed, String mailedKey) {
        if (mailed) {
            success(owner.getTranslation(mailedKey, username));
        } else {
            showPassword(owner, username, password);
        }
    }

    /** The language a new user's sign-in mail is written in: the admin's own by default. */
    static Select<Locale> mailLanguage(Component owner, String id) {
        Select<Locale> language = new Select<>();
        language.setId(id);
        language.setLabel(owner.getTranslation("users.language"));
        language.setItems(PortalI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> owner.getTranslation("language." + locale.getLanguage()));
        language.setValue(PortalI18NProvider.supported(owner.getUI()
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(null)));
        return language;
    }

    /** Shows a temporary password once, until the admin closes the dialog. */
    static void showPassword(Component owner, String username, String password) {
        Dialog dialog = new Dialog();
        dialog.setId("password-dialog");
        dialog.setHeaderTitle(owner.getTranslation("password.title"));
        Span value = new Span(password);
        value.setId("temporary-password");
        value.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        dialog.add(new Paragraph(owner.getTranslation("password.text", username)), value);
        Button close = new Button(owner.getTranslation("password.close"), click -> dialog.close());
        close.setId("password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
