package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * (a) Strangers are sent to Keycloak, whatever page they ask for; its login page speaks Chinese
 * unless the browser asks for English, and a failed login says that repeated failures lock the
 * account and for how long (the same text for any failure, so it reveals no account).
 */
@ExtendWith(FullStack.class)
class LoginRedirectIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"", "units", "units/00000000-0000-0000-0000-000000000000", "example", "admin/plugins"})
    void anUnauthenticatedRequestIsSentToTheKeycloakLogin(String path) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + path)).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(FullStack.REALM_URL + "/protocol/openid-connect/auth")
                .contains("client_id=zugong-portal");
    }

    @Test
    void aTenantPickedByParameterOrHeaderIsIgnoredWithoutLogin() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "units?tenant=510117"))
                        .header("X-Tenant", "510117")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.body()).doesNotContain("郫都");
    }

    @Test
    void theLoginPageIsInChineseByDefault() throws Exception {
        String page = loginPage(null);

        assertThat(page).contains("lang=\"zh-CN\"").contains("登录");
    }

    @Test
    void theLoginPageIsInEnglishWhenTheBrowserAsksForIt() throws Exception {
        String page = loginPage("en");

        assertThat(page).contains("lang=\"en\"").contains("Sign in");
    }

    @Test
    void aFailedLoginSaysThatRepeatedFailuresLockTheAccountForAWhile() throws Exception {
        String page = failedLogin(null);

        assertThat(page).contains("用户名或密码错误").contains("连续 5 次登录失败").contains("最长 15 分钟");
    }

    @Test
    void theLockoutHintIsInEnglishForAnEnglishBrowser() throws Exception {
        String page = failedLogin("en");

        assertThat(page).contains("Invalid username or password").contains("locked for 1 minute");
    }

    /** A user that does not exist, so that no demo account is locked by these tests. */
    private String failedLogin(String language) throws Exception {
        HttpClient browser = browser();
        String page = send(browser, get(FullStack.portalUrl(), language));
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page);
        assertThat(action.find()).isTrue();
        String form = "username=" + URLEncoder.encode("no-such-user", StandardCharsets.UTF_8)
                + "&password=wrong&credentialId=";
        HttpRequest.Builder post = HttpRequest.newBuilder(
                        URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (language != null) {
            post.header("Accept-Language", language);
        }
        return send(browser, post.build());
    }

    private String loginPage(String language) throws Exception {
        return send(browser(), get(FullStack.portalUrl(), language));
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .cookieHandler(cookiesAsABrowserKeepsThemForLocalhost())
                .build();
    }

    /**
     * Keycloak's login cookies are {@code Secure}: a browser sends them to {@code localhost} over
     * plain HTTP (a secure context), Java's cookie manager does not, so they are kept without the flag.
     */
    private static CookieHandler cookiesAsABrowserKeepsThemForLocalhost() {
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

    private static HttpRequest get(String url, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.build();
    }

    private static String send(HttpClient browser, HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }
}
