package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.json.Json;

/** Calls the REST API v1 as a demo user (bearer token by the demo-only client zugong-api) or anonymously. */
final class Api {

    static final String BASE = FullStack.portalUrl() + "api/v1/";
    static final String PROBLEM = "application/problem+json";

    private static final Json JSON = new Json();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Map<String, Grant> TOKENS = new ConcurrentHashMap<>();

    /**
     * The realm's access tokens live 5 minutes ({@code accessTokenLifespan} 300) and a full IT run
     * lasts longer, so a cached token is taken again after 4 minutes.
     */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);

    private record Grant(String token, Instant at) {}

    private Api() {}

    /**
     * A request to {@code BASE + path}; {@code headers} are name, value pairs. A body without a
     * Content-Type header is sent as JSON.
     */
    static HttpResponse<String> call(String method, String path, String token, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean contentType = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentType |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentType) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An access token for a demo user, by the password grant of the demo-only client zugong-api; one per user and run. */
    static String token(String user) {
        return TOKENS.compute(
                        user,
                        (name, grant) ->
                                grant != null && grant.at().plus(TOKEN_REUSE).isAfter(Instant.now())
                                        ? grant
                                        : new Grant(grant(name), Instant.now()))
                .token();
    }

    private static String grant(String user) {
        return token(user, "zugong-demo");
    }

    /** An access token for a user with their password (not cached: for users the tests create). */
    static String token(String user, String password) {
        String form =
                "grant_type=password&client_id=zugong-api&username=" + encode(user) + "&password=" + encode(password);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(FullStack.REALM_URL + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
            return (String) json(response).get("access_token");
        } catch (Exception e) {
            throw new IllegalStateException("No token for " + user, e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    static Object parse(String json) {
        return JSON.toType(json, Object.class);
    }

    /** Whether the response is an RFC 9457 problem of the portal with its own status. */
    static boolean isProblem(HttpResponse<String> response) {
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM)) {
            return false;
        }
        try {
            Map<String, Object> problem = json(response);
            return problem.get("status") instanceof Number status
                    && status.intValue() == response.statusCode()
                    && String.valueOf(problem.get("type")).startsWith("urn:zugong:problem:")
                    && problem.get("title") instanceof String;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("errors");
    }
}
