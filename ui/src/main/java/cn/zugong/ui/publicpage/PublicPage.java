package cn.zugong.ui.publicpage;

import cn.zugong.ui.i18n.PortalI18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A public page as plain HTML: the language the browser asks for first (Chinese, or English when
 * it prefers English), the portal's bundles for every word, escaped output, the page's own
 * stylesheet, no script. Works on any phone, also without JavaScript.
 */
public final class PublicPage {

    private final StringBuilder body = new StringBuilder();
    private final ResourceBundle words;
    private final Locale locale;
    private final String stylesheet;

    private PublicPage(Locale locale, String stylesheet) {
        this.locale = locale;
        this.words = PortalI18NProvider.messages(locale);
        this.stylesheet = stylesheet;
    }

    /** A page in the request's language, with the stylesheet at {@code stylesheet} (an absolute path). */
    public static PublicPage of(HttpServletRequest request, String stylesheet) {
        return new PublicPage(locale(request), stylesheet);
    }

    /** The first supported language in the request's Accept-Language; Chinese without one. */
    public static Locale locale(HttpServletRequest request) {
        // Without the header the container answers its own default locale: not what the reader asked.
        if (request.getHeader("Accept-Language") == null) {
            return PortalI18NProvider.CHINESE;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            if ("en".equals(asked.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(asked.getLanguage())) {
                return PortalI18NProvider.CHINESE;
            }
        }
        return PortalI18NProvider.CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    /** A translated text, its arguments formatted in the page's language. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = words.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Appends markup written by the page itself (never user input: use {@link #html}). */
    public PublicPage raw(String markup) {
        body.append(markup);
        return this;
    }

    /** Appends a translated text, escaped. */
    public PublicPage say(String key, Object... args) {
        body.append(html(text(key, args)));
        return this;
    }

    public void write(HttpServletResponse response, int status, String titleKey) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        String lang = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta name=\"robots\" content=\"noindex\">"
                        + "<title>" + html(text(titleKey)) + "</title>"
                        + "<link rel=\"stylesheet\" href=\"" + html(stylesheet) + "\"></head><body><main>"
                        + body + "</main></body></html>");
    }

    /** The text escaped for HTML text and attribute values. */
    public static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
