package cn.zugong.core.i18n;

import cn.zugong.core.plugin.application.PluginHost;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The portal's texts in Chinese (the default) and English: its own bundle {@code i18n/messages},
 * read by its base name from the class path the core is loaded from (the web application's, which
 * holds the bundle), then the bundles the running plugins contribute ({@link PluginHost#bundles}).
 * The views' translations and the API's problem texts both look up here. A missing key reads
 * {@code !key} and is logged.
 */
public final class PortalMessages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    private static final Logger LOG = Logger.getLogger(PortalMessages.class.getName());
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Optional<PluginHost> plugins;

    /** The portal's texts, then those of these running plugins (none: the portal's only). */
    public PortalMessages(Optional<PluginHost> plugins) {
        this.plugins = plugins;
    }

    /** The supported locale closest to the one asked for: English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    /** The portal's own bundle in the supported language closest to {@code locale}. */
    public static ResourceBundle portal(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), PortalMessages.class.getClassLoader(), NO_FALLBACK);
    }

    /** The text of the key in the supported language closest to {@code locale}, formatted with the parameters. */
    public String translate(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        for (ResourceBundle bundle : bundles(target)) {
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, target).format(params);
            }
        }
        LOG.warning(() -> "Missing message " + key + " for " + target);
        return "!" + key;
    }

    /** Whether the portal's bundle or a running plugin's has the key. */
    public boolean definesAnywhere(String key, Locale locale) {
        return bundles(supported(locale)).stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    private List<ResourceBundle> bundles(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        bundles.add(portal(locale));
        try {
            plugins.ifPresent(host -> bundles.addAll(host.bundles(locale)));
        } catch (MissingResourceException brokenPlugin) {
            LOG.warning(() -> "A plugin's message bundle is missing: " + brokenPlugin.getMessage());
        }
        return bundles;
    }
}
