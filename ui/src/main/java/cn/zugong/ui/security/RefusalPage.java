package cn.zugong.ui.security;

import cn.zugong.ui.i18n.PortalI18NProvider;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page a signed-in user gets when the portal does not admit them (a token that breaks the
 * separation of duties, a suspended tenant): the reason in their language and a way to sign out,
 * instead of any portal page. A plain page, not a view: nothing of the portal is loaded for them.
 */
final class RefusalPage {

    private RefusalPage() {}

    static void write(HttpServletRequest request, HttpServletResponse response, String reasonKey) throws IOException {
        ResourceBundle words = PortalI18NProvider.messages(locale(request));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String lang = words.getLocale().getLanguage().equals("en") ? "en" : "zh-CN";
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>"
                        + html(words.getString("refused.title"))
                        + "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:4em auto\">"
                        + "<h1 id=\"refused-title\">" + html(words.getString("refused.title")) + "</h1>"
                        + "<p id=\"refused-reason\" data-reason=\"" + html(reasonKey) + "\">"
                        + html(words.getString(reasonKey)) + "</p>"
                        + "<p>" + html(words.getString("refused.help")) + "</p>"
                        + "<p><a id=\"refused-logout\" href=\"" + html(request.getContextPath()) + "/logout\">"
                        + html(words.getString("refused.logout")) + "</a></p></body></html>");
    }

    private static Locale locale(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? PortalI18NProvider.CHINESE
                : Arrays.stream(cookies)
                        .filter(c -> "zugong-lang".equals(c.getName()))
                        .findFirst()
                        .map(c -> PortalI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                        .orElse(PortalI18NProvider.CHINESE);
    }

    /** The text escaped for HTML. */
    private static String html(String text) {
        StringBuilder escaped = new StringBuilder();
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
