package cn.zugong.api.notice;

import cn.zugong.api.security.PluginPermission;
import java.util.List;
import java.util.Objects;

/**
 * A notice for the users of one county who hold a permission of the plugin, such as a reminder
 * that a cadre is falling behind. The text is a key of the plugin's message bundle, formatted in
 * each reader's language when it is shown.
 *
 * @param key the plugin's own key of the notice, such as {@code followup/<id>}: posting the same
 *     key again replaces the earlier notice instead of adding one
 * @param audience who sees it: the county's users holding this permission
 * @param messageKey a key of the plugin's message bundle
 * @param args the message's arguments, already as text
 * @param route where the notice leads, a route of the plugin with its query (such as {@code
 *     training/cadre?cadre=42}), or {@code null}
 * @since 1.1.0
 */
public record Notice(String key, PluginPermission audience, String messageKey, List<String> args, String route) {

    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
        if (route != null && route.startsWith("/")) {
            throw new IllegalArgumentException("route without leading slash: " + route);
        }
    }
}
