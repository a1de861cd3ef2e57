package cn.zugong.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * {@link IdentityAdmin} through Keycloak's admin client library ({@code keycloak-admin-client}),
 * on the server's own RESTEasy client (modules imported in the WAR's jboss-deployment-structure.xml,
 * none bundled) with the WAR's Jackson ({@link KeycloakJson}). The portal signs in as the confidential client
 * {@code zugong-admin} (client credentials; the library renews the token), whose service account
 * holds only {@code manage-users}, {@code view-users} and {@code query-groups} of {@code
 * realm-management}: it can create groups and users, map realm roles and end a user's session
 * (idle portal sessions, see {@code cn.zugong.ui.security.KeycloakSessionEnd}), never change the
 * realm, its clients or an admin role.
 */
@ApplicationScoped
public class KeycloakIdentityAdmin implements IdentityAdmin {

    private Keycloak keycloak;
    private RealmResource realm;

    @PostConstruct
    void open() {
        KeycloakSettings settings = KeycloakSettings.fromSystem();
        keycloak = KeycloakBuilder.builder()
                .serverUrl(settings.serverUrl())
                .realm(settings.realmName())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(settings.clientId())
                .clientSecret(settings.secret())
                .resteasyClient(ClientBuilder.newBuilder()
                        .connectTimeout(5, TimeUnit.SECONDS)
                        .readTimeout(20, TimeUnit.SECONDS)
                        .register(new KeycloakJson())
                        .build())
                .build();
        realm = keycloak.realm(settings.realmName());
    }

    @PreDestroy
    void close() {
        keycloak.close();
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
            GroupRepresentation group = new GroupRepresentation();
            group.setName(name);
            String parent = parentId;
            String what = "create group " + sofar;
            call(what, () -> {
                try (Response response = parent == null
                        ? realm.groups().add(group)
                        : realm.groups().group(parent).subGroup(group)) {
                    expect(response, what, 201, 204);
                }
                return null;
            });
            parentId = groupId(sofar.toString())
                    .orElseThrow(() -> new IdentityUnavailableException("Group not found after creation: " + path));
        }
    }

    private Optional<String> groupId(String path) {
        try {
            return Optional.of(
                    call("find group " + path, () -> realm.getGroupByPath(path)).getId());
        } catch (IdentityUnavailableException e) {
            if (e.getCause() instanceof NotFoundException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public String createUser(NewUser user, String groupPath, Set<String> roles, String temporaryPassword) {
        UserRepresentation rep = new UserRepresentation();
        rep.setUsername(user.username());
        rep.setEnabled(true);
        rep.setFirstName(user.displayName());
        rep.setRequiredActions(List.of("UPDATE_PASSWORD"));
        rep.setGroups(List.of(groupPath));
        rep.setCredentials(List.of(password(temporaryPassword)));
        if (!user.email().isBlank()) {
            rep.setEmail(user.email());
        }
        String what = "create user " + user.username();
        String id = call(what, () -> {
            try (Response response = realm.users().create(rep)) {
                if (response.getStatus() == 409) {
                    throw new IdentityConflictException("User exists: " + user.username());
                }
                expect(response, what, 201);
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        setRoles(id, roles, roles);
        return id;
    }

    @Override
    public List<IdentityUser> members(String groupPath) {
        Optional<String> group = groupId(groupPath);
        if (group.isEmpty()) {
            return List.of();
        }
        List<UserRepresentation> members = call(
                "list members of " + groupPath,
                () -> realm.groups().group(group.get()).members(0, 1000, false));
        List<IdentityUser> users = new ArrayList<>();
        for (UserRepresentation member : members) {
            users.add(user(member, realmRoles(member.getId()), Set.of(groupPath)));
        }
        return users;
    }

    @Override
    public IdentityUser user(String id) {
        UserResource resource = realm.users().get(id);
        UserRepresentation rep;
        try {
            rep = call("read user " + id, resource::toRepresentation);
        } catch (IdentityUnavailableException e) {
            if (e.getCause() instanceof NotFoundException) {
                throw new UnknownUserException(id);
            }
            throw e;
        }
        Set<String> groups = new HashSet<>();
        call("read groups of " + id, resource::groups).forEach(g -> groups.add(g.getPath()));
        return user(rep, realmRoles(id), groups);
    }

    private static IdentityUser user(UserRepresentation rep, Set<String> roles, Set<String> groups) {
        return new IdentityUser(
                rep.getId(),
                rep.getUsername(),
                rep.getFirstName() == null ? rep.getUsername() : rep.getFirstName(),
                rep.getEmail() == null ? "" : rep.getEmail(),
                Boolean.TRUE.equals(rep.isEnabled()),
                roles,
                groups);
    }

    /** The user's realm roles, without the realm's default composite that every user holds. */
    private Set<String> realmRoles(String id) {
        Set<String> roles = new HashSet<>();
        call(
                        "read roles of " + id,
                        () -> realm.users().get(id).roles().realmLevel().listAll())
                .forEach(r -> roles.add(r.getName()));
        roles.removeIf(role -> role.startsWith("default-roles-"));
        return roles;
    }

    @Override
    public void setRoles(String id, Set<String> roles, Set<String> managed) {
        var mapping = realm.users().get(id).roles().realmLevel();
        List<RoleRepresentation> remove = call("read roles of " + id, mapping::listAll).stream()
                .filter(r -> managed.contains(r.getName()) && !roles.contains(r.getName()))
                .toList();
        List<RoleRepresentation> add = call("read available roles of " + id, mapping::listAvailable).stream()
                .filter(r -> roles.contains(r.getName()))
                .toList();
        if (!remove.isEmpty()) {
            run("remove roles of " + id, () -> mapping.remove(remove));
        }
        if (!add.isEmpty()) {
            run("add roles to " + id, () -> mapping.add(add));
        }
    }

    @Override
    public void resetPassword(String id, String temporaryPassword) {
        run("reset password of " + id, () -> realm.users().get(id).resetPassword(password(temporaryPassword)));
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        UserRepresentation rep = new UserRepresentation();
        rep.setEnabled(enabled);
        run("enable/disable " + id, () -> realm.users().get(id).update(rep));
    }

    /** Keycloak allows it with {@code manage-users}, answers 404 for a session that is gone. */
    @Override
    public void endSession(String sessionId) {
        try {
            run("end session " + sessionId, () -> realm.deleteSession(sessionId, false));
        } catch (IdentityUnavailableException e) {
            if (!(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
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
                UserResource resource = realm.users().get(member.id());
                if (user(member.id()).groups().size() > 1) {
                    run("leave group " + groupPath, () -> resource.leaveGroup(group.get()));
                    detached.add(member.username());
                } else {
                    run("delete user " + member.username(), resource::remove);
                    deleted.add(member.username());
                }
            }
        }
        boolean hasChildren = !call(
                        "list groups below " + groupPath,
                        () -> realm.groups().group(group.get()).getSubGroups(0, 1, true))
                .isEmpty();
        if (!hasChildren) {
            run(
                    "delete group " + groupPath,
                    () -> realm.groups().group(group.get()).remove());
        }
        return new GroupRemoval(List.copyOf(deleted), List.copyOf(detached), !hasChildren);
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(true);
        return credential;
    }

    /** One call to Keycloak; unreachable or refused becomes {@link IdentityUnavailableException}. */
    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw new IdentityUnavailableException("Keycloak unreachable: " + e.getMessage(), e);
        } catch (WebApplicationException e) {
            throw new IdentityUnavailableException(
                    "Keycloak refused to " + what + ": " + e.getResponse().getStatus(), e);
        }
    }

    private static void run(String what, Runnable request) {
        call(what, () -> {
            request.run();
            return null;
        });
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
