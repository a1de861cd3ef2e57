package cn.zugong.api.i18n;

import org.pf4j.ExtensionPoint;

/**
 * Extension point: the message bundle that holds every user-facing text of a plugin, in Chinese
 * ({@code _zh_CN}, the default) and English ({@code _en}). The bundle is loaded from the
 * plugin's class loader. Keys should start with the plugin id. Example:
 *
 * {@snippet class=cn.zugong.api.snippets.I18nSnippets region=bundle :
 * @Extension
 * public class ExampleMessages implements MessageBundleContribution {
 *     public String baseName() { return "i18n.example"; }
 * }
 * }
 */
public interface MessageBundleContribution extends ExtensionPoint {

    /** Base name of a {@link java.util.ResourceBundle} on the plugin's class path. */
    String baseName();
}
