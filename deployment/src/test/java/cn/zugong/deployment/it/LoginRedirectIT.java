package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** (a) Strangers are sent to Keycloak, whatever page they ask for. */
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
}
