package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Users the tests put straight into the realm, as an operator with Keycloak's console would (for
 * what the portal itself refuses to make, such as an account holding two platform roles). Signs in
 * as the portal's own service-account client of the demo realm.
 */
final class RealmUsers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN = FullStack.REALM_URL.replace("/realms/", "/admin/realms/") + "/";

    private RealmUsers() {}

    /** Creates an enabled user with a permanent password and realm roles. */
    static void create(String username, String password, List<String> roles) throws Exception {
        create(username, password, roles, null);
    }

    /**
     * Creates an enabled user with a permanent password and realm roles, member of the group at
     * {@code groupPath} (such as {@code /51/5101}: the region node the portal reads the user's
     * tenancy from), or of none when it is null.
     */
    static void create(String username, String password, List<String> roles, String groupPath) throws Exception {
        String token = token();
        HttpResponse<String> created = send(
                "POST",
                "users",
                token,
                "{\"username\":\"" + username + "\",\"enabled\":true,\"firstName\":\"" + username
                        + "\",\"credentials\":[{\"type\":\"password\",\"value\":\"" + password
                        + "\",\"temporary\":false}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        HttpResponse<String> available = send("GET", "users/" + id + "/role-mappings/realm/available", token, null);
        StringBuilder mapped = new StringBuilder("[");
        for (Object node : OpenApiOperations.list(Api.parse(available.body()))) {
            Map<String, Object> role = OpenApiOperations.map(node);
            if (roles.contains(role.get("name"))) {
                mapped.append(mapped.length() > 1 ? "," : "")
                        .append("{\"id\":\"")
                        .append(role.get("id"))
                        .append("\",\"name\":\"")
                        .append(role.get("name"))
                        .append("\"}");
            }
        }
        HttpResponse<String> mapping = send(
                "POST",
                "users/" + id + "/role-mappings/realm",
                token,
                mapped.append(']').toString());
        assertThat(mapping.statusCode()).as(mapping.body()).isEqualTo(204);
        if (groupPath != null) {
            HttpResponse<String> group = send("GET", "group-by-path" + groupPath, token, null);
            assertThat(group.statusCode()).as(group.body()).isEqualTo(200);
            String groupId =
                    (String) OpenApiOperations.map(Api.parse(group.body())).get("id");
            HttpResponse<String> joined = send("PUT", "users/" + id + "/groups/" + groupId, token, null);
            assertThat(joined.statusCode()).as(joined.body()).isEqualTo(204);
        }
    }

    /** How many Keycloak sessions a user has (signed in, not yet logged out or expired). */
    static int sessions(String username) throws Exception {
        String token = token();
        HttpResponse<String> found = send("GET", "users?exact=true&username=" + username, token, null);
        List<?> users = OpenApiOperations.list(Api.parse(found.body()));
        assertThat(users).as(found.body()).hasSize(1);
        String id = (String) OpenApiOperations.map(users.get(0)).get("id");
        HttpResponse<String> sessions = send("GET", "users/" + id + "/sessions", token, null);
        assertThat(sessions.statusCode()).as(sessions.body()).isEqualTo(200);
        return OpenApiOperations.list(Api.parse(sessions.body())).size();
    }

    /** Whether the realm has a user of that name. */
    static boolean exists(String username) throws Exception {
        HttpResponse<String> found = send("GET", "users?exact=true&username=" + Api.encode(username), token(), null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return !OpenApiOperations.list(Api.parse(found.body())).isEmpty();
    }

    /** Whether the realm has a group at that path, such as {@code /51/5101/510121}. */
    static boolean groupExists(String path) throws Exception {
        HttpResponse<String> found = send("GET", "group-by-path" + path, token(), null);
        assertThat(found.statusCode()).as(found.body()).isIn(200, 404);
        return found.statusCode() == 200;
    }

    private static String token() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(FullStack.REALM_URL + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "grant_type=client_credentials&client_id=zugong-admin&client_secret=zugong-admin-demo-secret"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return (String) Api.json(response).get("access_token");
    }

    private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ADMIN + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
