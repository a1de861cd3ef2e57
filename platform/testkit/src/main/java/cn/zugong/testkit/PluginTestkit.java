package cn.zugong.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A plugin vendor's view of a running platform, through its REST API: install a plugin jar as the
 * platform's system admin, offer it to counties, enable it as a county's admin, and see what each
 * user gets. For integration tests ({@code *IT}) of a plugin against a development platform
 * started with the demo realm, whose users all have one password.
 *
 * <pre>{@code
 * PluginTestkit platform = PluginTestkit.connect();
 * platform.trustTestVendor();
 * InstalledPlugin plugin = platform.install(TestVendorKeys.signedForTest(jar));
 * platform.offer(plugin.id(), "510115");
 * platform.enable(plugin.id(), "wenjiang-admin");
 * assertThat(platform.enabledPlugins("wenjiang-officer")).contains(plugin.id());
 * }</pre>
 *
 * <p>Every call that the platform refuses throws an {@link AssertionError} carrying the problem
 * the platform answered ({@code application/problem+json}: {@code title}, {@code detail} and, for
 * a refused plugin, each {@code errors[].code} with its {@code errors[].detail}).
 */
public final class PluginTestkit {

    /** The demo realm's password for every demo user. */
    public static final String DEMO_PASSWORD = "zugong-demo";

    /** The realm of the run command ({@code deployment/run.sh}). */
    public static final String DEFAULT_REALM = "http://localhost:8180/realms/zugong";

    private static final String SYSADMIN = "platform-sysadmin";
    private static final String SECADMIN = "platform-secadmin";

    private final URI api;
    private final URI tokenEndpoint;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    /** A plugin as the platform holds it after an install. */
    public record InstalledPlugin(String id, String version, String state) {}

    /**
     * What the platform found in a jar without installing it: the descriptor, the permissions and
     * data access it declares, the signer, and whether it could be installed.
     *
     * @param fields the review document, as maps, lists, strings, numbers and booleans
     * @param json the review document as the platform sent it
     */
    public record Review(Map<String, Object> fields, String json) {}

    private record CachedToken(String value, Instant expires) {}

    /**
     * A testkit for the platform at {@code portal} whose users log in at the Keycloak realm {@code
     * realm} with {@code password}.
     */
    public PluginTestkit(URI portal, URI realm, String password) {
        String base = portal.toString().endsWith("/") ? portal.toString() : portal + "/";
        this.api = URI.create(base + "api/v1/");
        String realmUrl = realm.toString().replaceFirst("/$", "");
        this.tokenEndpoint = URI.create(realmUrl + "/protocol/openid-connect/token");
        this.password = Objects.requireNonNull(password, "password");
    }

    /**
     * A testkit configured by system properties: {@code zugong.testkit.url} (the portal, such as
     * {@code http://localhost:8080}; required), {@code zugong.testkit.keycloak} (the realm URL,
     * {@value #DEFAULT_REALM} by default) and {@code zugong.testkit.password} (the demo users'
     * password, {@value #DEMO_PASSWORD} by default).
     */
    public static PluginTestkit connect() {
        String url = property("zugong.testkit.url", null);
        if (url == null) {
            throw new IllegalStateException(
                    "Set zugong.testkit.url to the portal's URL, such as http://localhost:8080");
        }
        return new PluginTestkit(
                URI.create(url),
                URI.create(property("zugong.testkit.keycloak", DEFAULT_REALM)),
                property("zugong.testkit.password", DEMO_PASSWORD));
    }

    /** An access token of a demo user (password grant of the demo-only client {@code zugong-api}). */
    public String token(String username) {
        CachedToken cached = tokens.get(username);
        if (cached != null && Instant.now().isBefore(cached.expires())) {
            return cached.value();
        }
        String form = "grant_type=password&client_id=zugong-api&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> response = send(HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(response, 200);
        Map<String, Object> body = object(response.body());
        long lifetime = body.get("expires_in") instanceof Number n ? n.longValue() : 60;
        String token = (String) body.get("access_token");
        tokens.put(username, new CachedToken(token, Instant.now().plusSeconds(Math.max(0, lifetime - 30))));
        return token;
    }

    /** Installs a plugin jar as the platform's system admin. */
    public InstalledPlugin install(Path jar) {
        HttpResponse<String> response = send(upload("platform/plugins", jar));
        expect(response, 201);
        Map<String, Object> body = object(response.body());
        return new InstalledPlugin(text(body, "id"), text(body, "version"), text(body, "state"));
    }

    /** What the platform would install from this jar, and whether it would; nothing is installed. */
    public Review review(Path jar) {
        HttpResponse<String> response = send(upload("platform/plugins?review=true", jar));
        expect(response, 200);
        return new Review(object(response.body()), response.body());
    }

    /** Offers an installed plugin to these counties (tenant codes such as {@code 510115}) only. */
    public void offer(String pluginId, String... tenants) {
        String list = Arrays.stream(tenants).map(MiniJson::quote).collect(Collectors.joining(","));
        expect2xx(send(json("PUT", "platform/plugins/" + encode(pluginId) + "/offers", "{\"tenants\":[" + list + "]}")
                .header("Authorization", bearer(SYSADMIN))));
    }

    /** Enables a plugin for the county of {@code tenantAdmin} (such as {@code wenjiang-admin}). */
    public void enable(String pluginId, String tenantAdmin) {
        setEnabled(pluginId, tenantAdmin, true);
    }

    /** Disables a plugin for the county of {@code tenantAdmin}. */
    public void disable(String pluginId, String tenantAdmin) {
        setEnabled(pluginId, tenantAdmin, false);
    }

    /** The ids of the plugins enabled for the county of {@code username}, as that user sees them. */
    public List<String> enabledPlugins(String username) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("tenant/plugins"))
                .header("Accept", "application/json")
                .header("Authorization", bearer(username))
                .GET());
        expect(response, 200);
        Object body = MiniJson.parse(response.body());
        if (body instanceof Map<?, ?> page && page.get("items") instanceof List<?> items) {
            body = items;
        }
        if (!(body instanceof List<?> plugins)) {
            throw new AssertionError("Expected a list of plugins: " + response.body());
        }
        return plugins.stream()
                .filter(p -> p instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("enabled")))
                .map(p -> String.valueOf(((Map<?, ?>) p).get("id")))
                .toList();
    }

    /**
     * Enables an installed plugin on the platform, as the platform's system admin: what the operator
     * does after a reinstall, which starts disabled.
     */
    public void enablePlatformWide(String pluginId) {
        expect2xx(send(HttpRequest.newBuilder(api.resolve("platform/plugins/" + encode(pluginId) + "/enable"))
                .header("Authorization", bearer(SYSADMIN))
                .POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** Disables a plugin for every county, as the platform's system admin. */
    public void disablePlatformWide(String pluginId) {
        expect2xx(send(HttpRequest.newBuilder(api.resolve("platform/plugins/" + encode(pluginId) + "/disable"))
                .header("Authorization", bearer(SYSADMIN))
                .POST(HttpRequest.BodyPublishers.noBody())));
    }

    /** Uninstalls a plugin, as the platform's system admin. */
    public void uninstall(String pluginId) {
        expect2xx(send(HttpRequest.newBuilder(api.resolve("platform/plugins/" + encode(pluginId)))
                .header("Authorization", bearer(SYSADMIN))
                .DELETE()));
    }

    /**
     * Registers the {@linkplain TestVendorKeys test vendor's} certificate as the platform's security
     * admin, so that jars it signed install. Registered already is fine.
     */
    public void trustTestVendor() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("platform/vendor-keys"))
                .header("Content-Type", "application/x-pem-file")
                .header("Accept", "application/json")
                .header("Authorization", bearer(SECADMIN))
                .POST(HttpRequest.BodyPublishers.ofString(TestVendorKeys.certificatePem())));
        expect(response, 201, 409);
    }

    private void setEnabled(String pluginId, String tenantAdmin, boolean enabled) {
        expect2xx(send(json("PUT", "tenant/plugins/" + encode(pluginId), "{\"enabled\":" + enabled + "}")
                .header("Authorization", bearer(tenantAdmin))));
    }

    private HttpRequest.Builder upload(String path, Path jar) {
        try {
            return HttpRequest.newBuilder(api.resolve(path))
                    .timeout(Duration.ofMinutes(3))
                    .header("Content-Type", "application/java-archive")
                    .header("Accept", "application/json")
                    .header("Authorization", bearer(SYSADMIN))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(jar)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(api.resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private String bearer(String username) {
        return "Bearer " + token(username);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + built.uri(), e);
        }
    }

    private static void expect2xx(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw refused(response);
        }
    }

    private static void expect(HttpResponse<String> response, int... statuses) {
        if (Arrays.stream(statuses).noneMatch(s -> s == response.statusCode())) {
            throw refused(response);
        }
    }

    /** The platform's problem, its title, detail and errors: what a failing test should show. */
    private static AssertionError refused(HttpResponse<String> response) {
        StringBuilder message = new StringBuilder()
                .append(response.request().method())
                .append(' ')
                .append(response.request().uri())
                .append(" answered ")
                .append(response.statusCode());
        try {
            if (MiniJson.parse(response.body()) instanceof Map<?, ?> problem) {
                for (String field : List.of("title", "detail")) {
                    if (problem.get(field) != null) {
                        message.append("; ").append(field).append(": ").append(problem.get(field));
                    }
                }
                if (problem.get("errors") instanceof List<?> errors) {
                    for (Object error : errors) {
                        if (error instanceof Map<?, ?> e) {
                            message.append("; ")
                                    .append(e.get("code"))
                                    .append(": ")
                                    .append(e.get("detail"));
                        }
                    }
                }
            }
        } catch (IllegalArgumentException notJson) {
            // the body as it is, below
        }
        return new AssertionError(message.append('\n').append(response.body()).toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String body) {
        if (MiniJson.parse(body) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new AssertionError("Expected a JSON object: " + body);
    }

    private static String text(Map<String, Object> object, String field) {
        Object value = object.get(field);
        return value == null ? null : String.valueOf(value);
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
