package cn.zugong.rest;

import cn.zugong.core.plugin.application.PluginHost;
import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The portal's texts as the API words them: the bundle {@code i18n/messages} read by its base name
 * from the class path (the WAR holds it beside this jar), then the bundles of started plugins. The
 * same lookup as the views' translations, without depending on them. A missing key reads
 * {@code !key} and is logged.
 */
final class PortalMessages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final Logger LOG = Logger.getLogger(PortalMessages.class.getName());
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Looked up once; empty outside the server (unit tests run without a CDI container). */
    private volatile Optional<PluginHost> pluginHost;

    /** The supported locale closest to the one asked for: English for English, Chinese for everything else. */
    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    String translate(String key, Locale locale, Object... params) {
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

    private List<ResourceBundle> bundles(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        bundles.add(ResourceBundle.getBundle(BUNDLE, locale, PortalMessages.class.getClassLoader(), NO_FALLBACK));
        Optional<PluginHost> plugins = pluginHost;
        if (plugins == null) {
            plugins = lookupPluginHost();
            pluginHost = plugins;
        }
        try {
            plugins.ifPresent(host -> bundles.addAll(host.bundles(locale)));
        } catch (MissingResourceException brokenPlugin) {
            LOG.warning(() -> "A plugin's message bundle is missing: " + brokenPlugin.getMessage());
        }
        return bundles;
    }

    private static Optional<PluginHost> lookupPluginHost() {
        try {
            return Optional.of(CDI.current().select(PluginHost.class).get());
        } catch (IllegalStateException noContainer) {
            return Optional.empty();
        }
    }
}
