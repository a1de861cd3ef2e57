package cn.zugong.ui.audit;

import cn.zugong.core.audit.AuditActions;
import cn.zugong.core.audit.AuditEntry;
import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;

/**
 * An audit event in words: the action ({@code audit.action.<action>}), the kind of record
 * ({@code audit.subject.<type>}) with the name it had, the fields of the record before and after
 * with their labels, and where the event came from. Texts a plugin does not provide, and codes
 * without words, are shown as they are recorded.
 */
final class AuditTexts {

    /** Fields whose values are words of another field: a case moves {@code from} one step {@code to} another. */
    private static final Map<String, String> VALUE_FIELDS = Map.of("from", "step", "to", "step");

    private AuditTexts() {}

    /**
     * The action in words: the platform's ({@code audit.action.<action>}), a plugin's from its own
     * bundle ({@code <pluginId>.audit.<action>}), a plugin's publication as the platform's words.
     */
    static String action(Component owner, String action) {
        String key = "audit.action." + action;
        if (defined(owner, key)) {
            return owner.getTranslation(key);
        }
        int dot = action.indexOf('.');
        String withoutPlugin = dot < 0 ? "" : action.substring(dot + 1);
        if (AuditActions.PUBLICATION.contains(withoutPlugin)) {
            return owner.getTranslation("audit.action." + withoutPlugin);
        }
        String pluginKey = feature(action) + ".audit." + withoutPlugin;
        return dot > 0 && defined(owner, pluginKey) ? owner.getTranslation(pluginKey) : action;
    }

    /** The record: its kind in words and the name it had when the event was recorded, else its id. */
    static String subject(Component owner, AuditEntry event) {
        String type = subjectType(owner, event);
        String name = name(event);
        return name.isEmpty() ? type : type + " " + name;
    }

    /**
     * The kind of record in words: {@code audit.subject.<type>}, a plugin's {@code
     * <pluginId>.audit.subject.<type>}, else as recorded.
     */
    static String subjectType(Component owner, AuditEntry event) {
        String type = event.subjectType();
        for (String key : new String[] {"audit.subject." + type, feature(event.action()) + ".audit.subject." + type}) {
            if (defined(owner, key)) {
                return owner.getTranslation(key);
            }
        }
        return type;
    }

    /** The record's name as recorded with the event (the name it had then), else its id, else empty. */
    static String name(AuditEntry event) {
        if (event.summary() != null && !event.summary().isBlank()) {
            return event.summary();
        }
        return event.subjectId() == null ? "" : event.subjectId();
    }

    /** The session hash and the client address, as far as they were recorded. */
    static String origin(AuditEntry event) {
        if (event.sessionHash() == null) {
            return event.clientAddress() == null ? "" : event.clientAddress();
        }
        return event.clientAddress() == null
                ? event.sessionHash()
                : event.sessionHash() + " · " + event.clientAddress();
    }

    /** A field's label: the feature's own, the trail's, else the field's name. */
    static String label(Component owner, String action, String field) {
        for (String key : new String[] {feature(action) + ".field." + field, "audit.field." + field}) {
            if (defined(owner, key)) {
                return owner.getTranslation(key);
            }
        }
        return field;
    }

    /** A field's value: yes or no, a code in the feature's words where it has some, else as recorded. */
    static String value(Component owner, String action, String field, String value) {
        if (value == null) {
            return "";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return owner.getTranslation("audit.value." + value);
        }
        String key = feature(action) + "." + VALUE_FIELDS.getOrDefault(field, field) + "." + value;
        return defined(owner, key) ? owner.getTranslation(key) : value;
    }

    private static String feature(String action) {
        int dot = action.indexOf('.');
        return dot < 0 ? action : action.substring(0, dot);
    }

    private static boolean defined(Component owner, String key) {
        Locale locale = locale(owner);
        return PortalI18NProvider.defines(key, locale) || PortalI18NProvider.definesAnywhere(key, locale);
    }

    private static Locale locale(Component owner) {
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        return ui == null ? PortalI18NProvider.CHINESE : ui.getLocale();
    }
}
