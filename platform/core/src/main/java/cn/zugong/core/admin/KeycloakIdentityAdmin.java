package cn.zugong.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link IdentityAdmin} over Keycloak's admin REST API, with the Jakarta REST client the server
 * provides (no client library to bundle, nothing to clash with the server's RESTEasy). The portal
 * signs in as the confidential client {@code zugong-admin} (client credentials), whose service
 * account holds only {@code manage-users}, {@code view-users} and {@code query-groups} of
 * {@code realm-management}: it can create groups and users, map realm roles and end a user's
 * session (idle portal sessions, see {@code cn.zugong.ui.security.KeycloakSessionEnd}), never
 * change the realm, its clients or an admin role.
 */
@ApplicationScoped
public class KeycloakIdentityAdmin implements IdentityAdmin {

    private KeycloakSettings settings;
    private Client client;
    private volatile AccessToken token;

    private record AccessToken(String value, Instant expires) {}

    @PostConstruct
    void open() {
        settings = KeycloakSettings.fromSystem();
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Override
    public void ensureGroupPath(String path) {
        String parentId = null;
        StringBuilder sofar = new StringBuilder();
        for (String name : path.substring(1).split("/")) {
            sofar.append('/').append(name);
            Optional<String> existing = groupId(sofar.toString());
            if (existing.isPresent()) {
                parentId = existing.get();
                continue;
            }
            WebTarget target = parentId == null ? admin("groups") : admin("groups/" + parentId + "/children");
            JsonObject group = Json.createObjectBuilder().add("name", name).build();
            try (Response response = call(
                    () -> target.request().header("Authorization", bearer()).post(Entity.json(group.toString())))) {
                expect(response, "create group " + sofar, 201, 204);
                parentId = groupId(sofar.toString())
                        .orElseThrow(() -> new IdentityUnavailableException("Group not found after creation: " + path));
            }
        }
    }

    private Optional<String> groupId(String path) {
        try (Response response = call(() -> admin("group-by-path/" + encodePath(path))
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", bearer())
                .get())) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            expect(response, "find group " + path, 200);
            return Optional.of(read(response).asJsonObject().getString("id"));
        }
    }

    @Override
    public String createUser(NewUser user, String groupPath, Set<String> roles, String temporaryPassword) {
        var rep = Json.createObjectBuilder()
                .add("username", user.username())
                .add("enabled", true)
                .add("firstName", user.displayName())
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .add("groups", Json.createArrayBuilder().add(groupPath))
                .add("credentials", Json.createArrayBuilder().add(password(temporaryPassword)));
        if (!user.email().isBlank()) {
            rep.add("email", user.email());
        }
        String id;
        try (Response response = call(() -> admin("users")
                .request()
                .header("Authorization", bearer())
                .post(Entity.json(rep.build().toString())))) {
            if (response.getStatus() == 409) {
                throw new IdentityConflictException("User exists: " + user.username());
            }
            expect(response, "create user " + user.username(), 201);
            String location = response.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }
        setRoles(id, roles, roles);
        return id;
    }

    @Override
    public List<IdentityUser> members(String groupPath) {
        Optional<String> group = groupId(groupPath);
        if (group.isEmpty()) {
            return List.of();
        }
        JsonArray members;
        try (Response response = call(() -> admin("groups/" + group.get() + "/members")
                .queryParam("first", 0)
                .queryParam("max", 1000)
                .queryParam("briefRepresentation", false)
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", bearer())
                .get())) {
            expect(response, "list members of " + groupPath, 200);
            members = read(response).asJsonArray();
        }
        List<IdentityUser> users = new ArrayList<>();
        for (JsonValue member : members) {
            JsonObject m = member.asJsonObject();
            users.add(user(m, realmRoles(m.getString("id")), Set.of(groupPath)));
        }
        return users;
    }

    @Override
    public IdentityUser user(String id) {
        JsonObject rep;
        try (Response response = call(() -> admin("users/" + id)
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", bearer())
                .get())) {
            if (response.getStatus() == 404) {
                throw new UnknownUserException(id);
            }
            expect(response, "read user " + id, 200);
            rep = read(response).asJsonObject();
        }
        Set<String> groups = new HashSet<>();
        try (Response response = call(() -> admin("users/" + id + "/groups")
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", bearer())
                .get())) {
            expect(response, "read groups of " + id, 200);
            read(response)
                    .asJsonArray()
                    .forEach(g -> groups.add(g.asJsonObject().getString("path")));
        }
        return user(rep, realmRoles(id), groups);
    }

    private static IdentityUser user(JsonObject rep, Set<String> roles, Set<String> groups) {
        return new IdentityUser(
                rep.getString("id"),
                rep.getString("username"),
                rep.getString("firstName", rep.getString("username")),
                rep.getString("email", ""),
                rep.getBoolean("enabled", false),
                roles,
                groups);
    }

    /** The user's realm roles, without the realm's default composite that every user holds. */
    private Set<String> realmRoles(String id) {
        Set<String> roles = names(rolesAt("users/" + id + "/role-mappings/realm"));
        roles.removeIf(role -> role.startsWith("default-roles-"));
        return roles;
    }

    private JsonArray rolesAt(String path) {
        try (Response response = call(() -> admin(path)
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", bearer())
                .get())) {
            expect(response, "read roles " + path, 200);
            return read(response).asJsonArray();
        }
    }

    private static Set<String> names(JsonArray roles) {
        Set<String> names = new HashSet<>();
        roles.forEach(r -> names.add(r.asJsonObject().getString("name")));
        return names;
    }

    @Override
    public void setRoles(String id, Set<String> roles, Set<String> managed) {
        JsonArray current = rolesAt("users/" + id + "/role-mappings/realm");
        JsonArray available = rolesAt("users/" + id + "/role-mappings/realm/available");
        JsonArrayBuilder remove = Json.createArrayBuilder();
        current.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> managed.contains(r.getString("name")) && !roles.contains(r.getString("name")))
                .forEach(remove::add);
        JsonArrayBuilder add = Json.createArrayBuilder();
        available.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> roles.contains(r.getString("name")))
                .forEach(add::add);
        mapRoles(id, "DELETE", remove.build());
        mapRoles(id, "POST", add.build());
    }

    private void mapRoles(String id, String method, JsonArray roles) {
        if (roles.isEmpty()) {
            return;
        }
        try (Response response = call(() -> admin("users/" + id + "/role-mappings/realm")
                .request()
                .header("Authorization", bearer())
                .method(method, Entity.json(roles.toString())))) {
            expect(response, method + " roles of " + id, 204);
        }
    }

    @Override
    public void resetPassword(String id, String temporaryPassword) {
        try (Response response = call(() -> admin("users/" + id + "/reset-password")
                .request()
                .header("Authorization", bearer())
                .put(Entity.json(password(temporaryPassword).toString())))) {
            expect(response, "reset password of " + id, 204);
        }
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        JsonObject rep = Json.createObjectBuilder().add("enabled", enabled).build();
        try (Response response = call(() ->
                admin("users/" + id).request().header("Authorization", bearer()).put(Entity.json(rep.toString())))) {
            expect(response, "enable/disable " + id, 204);
        }
    }

    /**
     * {@code DELETE sessions/{id}}: Keycloak allows it with {@code manage-users} (the session's user
     * is managed), answers 404 for a session that is gone, and logs the session's clients out.
     */
    @Override
    public void endSession(String sessionId) {
        try (Response response = call(() -> admin("sessions/" + URLEncoder.encode(sessionId, StandardCharsets.UTF_8))
                .request()
                .header("Authorization", bearer())
                .delete())) {
            expect(response, "end session " + sessionId, 204, 404);
        }
    }

    @Override
    public GroupRemoval removeGroup(String groupPath) {
        Optional<String> group = groupId(groupPath);
        if (group.isEmpty()) {
            return new GroupRemoval(List.of(), List.of(), false);
        }
        List<String> deleted = new ArrayList<>();
        List<String> detached = new ArrayList<>();
        // Keycloak pages members; each round removes the page it read, so read from the start again.
        for (List<IdentityUser> page = members(groupPath); !page.isEmpty(); page = members(groupPath)) {
            for (IdentityUser member : page) {
                if (user(member.id()).groups().size() > 1) {
                    delete("users/" + member.id() + "/groups/" + group.get(), "leave group " + groupPath);
                    detached.add(member.username());
                } else {
                    delete("users/" + member.id(), "delete user " + member.username());
                    deleted.add(member.username());
                }
            }
        }
        boolean hasChildren;
        try (Response response = call(() -> admin("groups/" + group.get() + "/children")
                .queryParam("first", 0)
                .queryParam("max", 1)
                .request(MediaType.APPLICATION_JSON)
                .header("Authorization", bearer())
                .get())) {
            expect(response, "list groups below " + groupPath, 200);
            hasChildren = !read(response).asJsonArray().isEmpty();
        }
        if (!hasChildren) {
            delete("groups/" + group.get(), "delete group " + groupPath);
        }
        return new GroupRemoval(List.copyOf(deleted), List.copyOf(detached), !hasChildren);
    }

    private void delete(String path, String what) {
        try (Response response = call(
                () -> admin(path).request().header("Authorization", bearer()).delete())) {
            expect(response, what, 204);
        }
    }

    private static JsonObject password(String value) {
        return Json.createObjectBuilder()
                .add("type", "password")
                .add("value", value)
                .add("temporary", true)
                .build();
    }

    private WebTarget admin(String path) {
        return client.target(settings.adminUrl() + "/" + path);
    }

    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.substring(1).split("/")) {
            out.append('/')
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.substring(1);
    }

    private String bearer() {
        AccessToken current = token;
        if (current == null || Instant.now().isAfter(current.expires())) {
            current = fetchToken();
            token = current;
        }
        return "Bearer " + current.value();
    }

    private AccessToken fetchToken() {
        Form form = new Form()
                .param("grant_type", "client_credentials")
                .param("client_id", settings.clientId())
                .param("client_secret", settings.secret());
        try (Response response = call(() -> client.target(settings.tokenUrl())
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form)))) {
            expect(response, "sign in as " + settings.clientId(), 200);
            JsonObject body = read(response).asJsonObject();
            int lifetime = body.getInt("expires_in", 60);
            return new AccessToken(
                    body.getString("access_token"), Instant.now().plusSeconds(Math.max(5, lifetime - 15L)));
        }
    }

    private static Response call(java.util.function.Supplier<Response> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new IdentityUnavailableException("Keycloak unreachable: " + e.getMessage(), e);
        }
    }

    private static JsonValue read(Response response) {
        try (var reader = Json.createReader(new java.io.StringReader(response.readEntity(String.class)))) {
            return reader.readValue();
        }
    }

    private static void expect(Response response, String what, int... statuses) {
        for (int status : statuses) {
            if (response.getStatus() == status) {
                return;
            }
        }
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        throw new IdentityUnavailableException(
                "Keycloak refused to " + what + ": " + response.getStatus() + " " + body);
    }
}
