package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.deployment.Launcher;
import cn.zugong.testkit.PortalStack;
import cn.zugong.testkit.StackSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * (g) The run command's defaults (embedded H2, demo data, plugins) boot and answer with the login
 * redirect. The settings come from the launcher itself; only the ports, the data directory and
 * the realm (the test Keycloak, as an external one) differ, so a running portal is not disturbed.
 */
@ExtendWith(FullStack.class)
class H2DefaultIT {

    @Test
    void theRunCommandsH2DefaultBootsAndAnswersWithTheLoginRedirect() throws Exception {
        Path data = FullStack.moduleDir().resolve("target/it-h2");
        StackSettings launcher = Launcher.settings(
                FullStack.moduleDir(),
                data,
                Map.of("ZUGONG_OIDC_URL", FullStack.REALM_URL, "ZUGONG_OIDC_SECRET", "zugong-demo-secret"),
                2000,
                0);
        assertThat(launcher.systemProperties().get("zugong.db.url")).startsWith("jdbc:h2:file:");
        StackSettings settings = new StackSettings(
                launcher.wildflyHome(),
                FullStack.freshServerBase("it-h2-server"),
                launcher.portOffset(),
                launcher.keycloak(),
                launcher.oidcUrl(),
                launcher.systemProperties(),
                data.resolve("logs"));

        try (PortalStack stack = PortalStack.start(settings)) {
            HttpResponse<Void> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(stack.portalUrl() + "units"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                    .startsWith(FullStack.REALM_URL + "/protocol/openid-connect/auth");
        }
    }
}
