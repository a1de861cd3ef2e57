package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
                .cookieHandler(BrowserCookies.forLocalhost())
                .build();
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
