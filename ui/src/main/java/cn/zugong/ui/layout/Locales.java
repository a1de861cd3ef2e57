package cn.zugong.ui.layout;

import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;

/** The user's language: Chinese unless they chose English, remembered in a cookie for a year. */
public final class Locales {

    static final String COOKIE = "zugong-lang";

    private Locales() {}

    public static Locale remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return PortalI18NProvider.CHINESE;
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> PortalI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(PortalI18NProvider.CHINESE);
    }

    public static void choose(UI ui, Locale locale) {
        Locale chosen = PortalI18NProvider.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        ui.getPage().reload();
    }
}
