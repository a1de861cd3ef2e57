package cn.zugong.ui.i18n;

import cn.zugong.core.plugin.PluginHost;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Texts in Chinese (the default) and English: the portal's own bundle {@code i18n/messages}, then
 * the bundles that started plugins contribute. A missing key shows as {@code !key} and is logged.
 */
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    private static final Logger LOG = Logger.getLogger(PortalI18NProvider.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The running plugins, whose bundles follow the portal's; none in view tests without plugins. */
    private final Optional<PluginHost> plugins;

    /** The portal's own texts only (view tests without a container). */
    public PortalI18NProvider() {
        this.plugins = Optional.empty();
    }

    /** The portal's texts, then those of the running plugins. */
    @Inject
    public PortalI18NProvider(PluginHost plugins) {
        this.plugins = Optional.of(plugins);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /** The supported locale closest to the one asked for: English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
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

    /** Whether the portal's own bundle has the key (for texts that fall back to a raw code). */
    public static boolean defines(String key, Locale locale) {
        return core(supported(locale)).containsKey(key);
    }

    /**
     * Whether the portal's bundle or a running plugin's has the key: for a plugin's optional texts,
     * such as the label of a rule ({@code <packId>.rule.<key>}), shown as the raw key without one.
     */
    public static boolean definesAnywhere(String key, Locale locale) {
        VaadinService service = VaadinService.getCurrent();
        return service != null
                && service.getInstantiator().getI18NProvider() instanceof PortalI18NProvider portal
                && portal.bundles(supported(locale)).stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    /** The portal's own messages in a supported language, for what the core prints (the case record). */
    public static ResourceBundle messages(Locale locale) {
        return core(supported(locale));
    }

    static ResourceBundle core(Locale locale) {
        return ResourceBundle.getBundle(
                "i18n.messages", locale, PortalI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }

    private List<ResourceBundle> bundles(Locale locale) {
        List<ResourceBundle> bundles = new ArrayList<>();
        bundles.add(core(locale));
        try {
            plugins.ifPresent(host -> bundles.addAll(host.bundles(locale)));
        } catch (MissingResourceException brokenPlugin) {
            LOG.warning(() -> "A plugin's message bundle is missing: " + brokenPlugin.getMessage());
        }
        return bundles;
    }
}
