package cn.zugong.deployment.it;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A cookie jar for HTTP clients that stand in for a browser (the login form, a Vaadin UI). */
final class BrowserCookies {

    private BrowserCookies() {}

    /**
     * Keycloak's login cookies are {@code Secure}: a browser sends them to {@code localhost} over
     * plain HTTP (a secure context), Java's cookie manager does not, so they are kept without the flag.
     */
    static CookieHandler forLocalhost() {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        return new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return cookies.get(uri, headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                Map<String, List<String>> withoutSecure = new HashMap<>();
                headers.forEach((name, values) -> withoutSecure.put(
                        name,
                        "Set-Cookie".equalsIgnoreCase(name)
                                ? values.stream()
                                        .map(cookie -> cookie.replaceAll("(?i);\\s*Secure", ""))
                                        .toList()
                                : values));
                cookies.put(uri, withoutSecure);
            }
        };
    }
}
