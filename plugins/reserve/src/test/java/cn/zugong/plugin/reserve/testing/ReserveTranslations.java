package cn.zugong.plugin.reserve.testing;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's bundle as the portal's provider serves it (Chinese unless English is asked for); a
 * missing key fails the test instead of showing {@code !key}.
 */
public class ReserveTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target =
                locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.reserve",
                target,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(key)) {
            throw new MissingResourceException("No message " + key, "i18n.reserve", key);
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, target).format(params);
    }
}
