package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;

/** The words for what the plugin services report: states, recorded failures, signers, roles, refusals. */
final class PluginTexts {

    /** The signer the installer records for a jar without a trusted signature. */
    static final String UNSIGNED = "unsigned";

    private static final String KEY_PREFIX = "plugin.";
    private static final String DETAIL_SEPARATOR = ": ";

    private PluginTexts() {}

    static String state(Component owner, PluginState state) {
        return owner.getTranslation("plugin.state." + state.name());
    }

    /**
     * A plugin record's message, stored as {@code <key>: <detail>} (or a key alone): the key in
     * words, then the detail as it is. A message that is not a key is shown as it is.
     */
    static String recordMessage(Component owner, String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        int separator = message.indexOf(DETAIL_SEPARATOR);
        String key = separator < 0 ? message.strip() : message.substring(0, separator);
        if (!key.startsWith(KEY_PREFIX) || !PortalI18NProvider.defines(key, locale(owner))) {
            return message;
        }
        String text = owner.getTranslation(key);
        return separator < 0
                ? text
                : text + DETAIL_SEPARATOR + message.substring(separator + DETAIL_SEPARATOR.length());
    }

    /** Who signed a plugin: the certificate subject, or that it is unsigned or was put on the server. */
    static String signer(Component owner, String signer) {
        if (signer == null || signer.isBlank() || UNSIGNED.equals(signer)) {
            return owner.getTranslation("plugin.signer.unsigned");
        }
        if (PluginRegistry.BUNDLED.equals(signer)) {
            return owner.getTranslation("plugin.signer.bundled");
        }
        return signer;
    }

    /** A declared data access such as {@code cadres.read} in words; an unknown code as it is. */
    static String dataAccess(Component owner, String code) {
        String key = "plugin.data." + code;
        return PortalI18NProvider.defines(key, locale(owner)) ? owner.getTranslation(key) : code;
    }

    /** A permission not tied to a page: the text of its id in the plugin's bundle, else the id. */
    static String permission(Component owner, String id) {
        return PortalI18NProvider.definesAnywhere(id, locale(owner)) ? owner.getTranslation(id) : id;
    }

    /** A county role such as {@code tenant-admin} in words; an unknown role as it is. */
    static String role(Component owner, String role) {
        String key = "role." + role;
        return PortalI18NProvider.defines(key, locale(owner)) ? owner.getTranslation(key) : role;
    }

    static String problem(Component owner, Problem problem) {
        return MessageArgs.text(owner, problem);
    }

    /**
     * Runs a service call; a refusal is shown as an error notification.
     *
     * @return whether the call succeeded
     */
    static boolean run(Component owner, Runnable call) {
        try {
            call.run();
            return true;
        } catch (ValidationException | AccessDeniedException refusal) {
            refused(owner, refusal);
            return false;
        }
    }

    /** A service's refusal as an error notification. */
    static void refused(Component owner, RuntimeException refusal) {
        switch (refusal) {
            case ValidationException invalid ->
                error(String.join(
                        " ",
                        invalid.problems().stream().map(p -> problem(owner, p)).toList()));
            case AccessDeniedException denied -> error(owner.getTranslation(denied.getMessage()));
            default -> throw refusal;
        }
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("plugin-error");
    }

    private static Locale locale(Component owner) {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        return ui == null ? PortalI18NProvider.CHINESE : ui.getLocale();
    }
}
