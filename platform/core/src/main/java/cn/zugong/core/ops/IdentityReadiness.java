package cn.zugong.core.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the Keycloak realm answers: without it nobody can sign in or present a token.
 * Asks the realm's OpenID discovery document ({@code zugong.oidc.url}) with a short timeout, so
 * that a hanging Keycloak makes the check fail rather than hang.
 */
@Readiness
@ApplicationScoped
public class IdentityReadiness implements HealthCheck {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        String realm = System.getProperty("zugong.oidc.url", "http://localhost:8180/realms/zugong");
        var response = HealthCheckResponse.named("keycloak-realm").withData("realm", realm);
        try {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(realm + "/.well-known/openid-configuration"))
                                    .timeout(TIMEOUT)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return response.withData("status", status).status(status == 200).build();
        } catch (IOException | IllegalArgumentException e) {
            return response.withData("error", e.getClass().getSimpleName())
                    .down()
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.withData("error", "interrupted").down().build();
        }
    }
}
