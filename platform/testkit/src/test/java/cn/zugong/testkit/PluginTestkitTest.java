package cn.zugong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The testkit's calls against a fake platform that answers as the REST contract says. */
class PluginTestkitTest {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<String> logins = new CopyOnWriteArrayList<>();
    private final AtomicInteger vendorKeys = new AtomicInteger();
    private HttpServer server;
    private PluginTestkit testkit;

    @TempDir
    Path folder;

    @BeforeEach
    void startTheFakePlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/zugong/protocol/openid-connect/token", this::token);
        server.createContext("/api/v1/", this::api);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        testkit = new PluginTestkit(URI.create(base), URI.create(base + "/realms/zugong"), "secret");
    }

    @AfterEach
    void stopTheFakePlatform() {
        server.stop(0);
    }

    @Test
    void aJarIsInstalledAsTheSystemAdminWithItsBytesAsTheBody() throws IOException {
        Path jar = Files.write(folder.resolve("notes.jar"), "PK-notes".getBytes(StandardCharsets.UTF_8));

        PluginTestkit.InstalledPlugin plugin = testkit.install(jar);

        assertThat(plugin).isEqualTo(new PluginTestkit.InstalledPlugin("notes", "1.0.0", "STARTED"));
        assertThat(calls)
                .containsExactly("POST /api/v1/platform/plugins platform-sysadmin application/java-archive PK-notes");
    }

    @Test
    void aRefusedJarFailsTheTestWithThePlatformsReason() throws IOException {
        Path jar = Files.write(folder.resolve("unsigned.jar"), "unsigned".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> testkit.install(jar))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("answered 422")
                .hasMessageContaining("plugin.refused.unsigned: The module is not signed.")
                .hasMessageContaining("title: Plugin refused")
                .hasMessageContaining("detail: The jar carries no signature");
    }

    @Test
    void aReviewInstallsNothingAndReturnsWhatThePlatformFound() throws IOException {
        Path jar = Files.write(folder.resolve("notes.jar"), "PK-notes".getBytes(StandardCharsets.UTF_8));

        PluginTestkit.Review review = testkit.review(jar);

        assertThat(review.fields()).containsEntry("id", "notes").containsEntry("permissions", List.of("notes.view"));
        assertThat(calls)
                .containsExactly(
                        "POST /api/v1/platform/plugins?review=true platform-sysadmin application/java-archive PK-notes");
    }

    @Test
    void offeringEnablingAndRemovingSendTheContractsCallsAsTheRightUsers() {
        testkit.offer("notes", "510115", "510117");
        testkit.enable("notes", "wenjiang-admin");
        testkit.disable("notes", "wenjiang-admin");
        testkit.disablePlatformWide("notes");
        testkit.uninstall("notes");

        assertThat(calls)
                .containsExactly(
                        "PUT /api/v1/platform/plugins/notes/offers platform-sysadmin application/json {\"tenants\":[\"510115\",\"510117\"]}",
                        "PUT /api/v1/tenant/plugins/notes wenjiang-admin application/json {\"enabled\":true}",
                        "PUT /api/v1/tenant/plugins/notes wenjiang-admin application/json {\"enabled\":false}",
                        "POST /api/v1/platform/plugins/notes/disable platform-sysadmin - ",
                        "DELETE /api/v1/platform/plugins/notes platform-sysadmin - ");
    }

    @Test
    void theEnabledPluginsAreThoseTheUsersCountyHasSwitchedOn() {
        assertThat(testkit.enabledPlugins("wenjiang-officer")).containsExactly("notes");
        assertThat(testkit.enabledPlugins("pidu-officer")).isEmpty();
    }

    @Test
    void theTestVendorIsTrustedOnceAndAgainWithoutComplaint() {
        testkit.trustTestVendor();
        testkit.trustTestVendor();

        assertThat(calls).hasSize(2).allSatisfy(call -> assertThat(call)
                .startsWith("POST /api/v1/platform/vendor-keys platform-secadmin application/x-pem-file")
                .contains(TestVendorKeys.certificatePem()));
    }

    @Test
    void aTokenIsAskedOncePerUserWhileItIsValid() {
        assertThat(testkit.token("wenjiang-officer")).isEqualTo("token-wenjiang-officer");
        assertThat(testkit.token("wenjiang-officer")).isEqualTo("token-wenjiang-officer");

        assertThat(logins).containsExactly("wenjiang-officer secret");
    }

    @Test
    void connectingWithoutThePortalsUrlSaysWhatToSet() {
        String before = System.clearProperty("zugong.testkit.url");
        try {
            assertThatThrownBy(PluginTestkit::connect).hasMessageContaining("Set zugong.testkit.url");
        } finally {
            if (before != null) {
                System.setProperty("zugong.testkit.url", before);
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = body(exchange);
        String user = field(form, "username");
        logins.add(user + " " + field(form, "password"));
        if (!form.contains("grant_type=password") || !form.contains("client_id=zugong-api")) {
            answer(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"token-" + user + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().toString();
        String user = exchange.getRequestHeaders().getFirst("Authorization").replace("Bearer token-", "");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String body = body(exchange);
        String method = exchange.getRequestMethod();
        if (!path.equals("/api/v1/tenant/plugins")) {
            calls.add(method + " " + path + " " + user + " " + (type == null ? "-" : type) + " " + body);
        }
        switch (method + " " + path) {
            case "POST /api/v1/platform/plugins" -> {
                if (body.startsWith("PK")) {
                    answer(exchange, 201, "{\"id\":\"notes\",\"version\":\"1.0.0\",\"state\":\"STARTED\"}");
                } else {
                    answer(
                            exchange,
                            422,
                            "{\"type\":\"about:blank\",\"title\":\"Plugin refused\","
                                    + "\"detail\":\"The jar carries no signature\",\"errors\":[{\"field\":\"jar\","
                                    + "\"code\":\"plugin.refused.unsigned\",\"detail\":\"The module is not signed.\"}]}");
                }
            }
            case "POST /api/v1/platform/plugins?review=true" ->
                answer(exchange, 200, "{\"id\":\"notes\",\"permissions\":[\"notes.view\"],\"installable\":true}");
            case "GET /api/v1/tenant/plugins" ->
                answer(
                        exchange,
                        200,
                        user.equals("wenjiang-officer")
                                ? "[{\"id\":\"notes\",\"enabled\":true},{\"id\":\"example\",\"enabled\":false}]"
                                : "[{\"id\":\"example\",\"enabled\":false}]");
            case "POST /api/v1/platform/vendor-keys" ->
                answer(exchange, vendorKeys.getAndIncrement() == 0 ? 201 : 409, "{}");
            default -> answer(exchange, 204, "");
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
