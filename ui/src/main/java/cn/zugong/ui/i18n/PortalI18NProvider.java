package cn.zugong.ui.i18n;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.plugin.application.PluginHost;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts in Chinese (the default) and English for the views: the portal's own bundle
 * {@code i18n/messages}, then the bundles that started plugins contribute, as the core's
 * {@link PortalMessages} looks them up. A missing key shows as {@code !key} and is logged.
 */
public class PortalI18NProvider implements I18NProvider {

    public static final Locale CHINESE = PortalMessages.CHINESE;
    public static final List<Locale> LOCALES = PortalMessages.LOCALES;

    private final PortalMessages messages;

    /** The portal's own texts only (view tests without a container). */
    public PortalI18NProvider() {
        this.messages = new PortalMessages(Optional.empty());
    }

    /** The portal's texts, then those of the running plugins. */
    @Inject
    public PortalI18NProvider(PluginHost plugins) {
        this.messages = new PortalMessages(Optional.of(plugins));
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /** The supported locale closest to the one asked for: English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return PortalMessages.supported(locale);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.translate(key, locale, params);
    }

    /** Whether the portal's own bundle has the key (for texts that fall back to a raw code). */
    public static boolean defines(String key, Locale locale) {
        return messages(locale).containsKey(key);
    }

    /**
     * Whether the portal's bundle or a running plugin's has the key: for a plugin's optional texts,
     * such as the label of a rule ({@code <packId>.rule.<key>}), shown as the raw key without one.
     */
    public static boolean definesAnywhere(String key, Locale locale) {
        VaadinService service = VaadinService.getCurrent();
        return service != null
                && service.getInstantiator().getI18NProvider() instanceof PortalI18NProvider portal
                && portal.messages.definesAnywhere(key, locale);
    }

    /** The portal's own messages in a supported language, for what the core prints (the case record). */
    public static ResourceBundle messages(Locale locale) {
        return PortalMessages.portal(locale);
    }
}
