package cn.zugong.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant-admin's rules, with an identity provider kept in memory. */
class CountyUsersTest {

    private static final String WENJIANG = "/51/5101/510115";
    private static final String PIDU = "/51/5101/510117";

    private final Identity identity = new Identity();
    private final List<PlatformAction> fired = new ArrayList<>();
    private final CountyUsers users = new CountyUsers();

    @BeforeEach
    void signInAsWenjiangsAdmin() {
        users.identity = identity;
        users.actions = new Recorder(fired);
        users.signInMail = new cn.zugong.core.mail.SignInMail();
        CurrentUserHolder.set(new CurrentUser("wenjiang-admin", "Admin", Set.of("tenant-admin"), Set.of(WENJIANG)));
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
    }

    @AfterEach
    void signOut() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    @Test
    void anAddedUserLandsInTheAdminsOwnCountyWithATemporaryPassword() {
        CountyUsers.WithPassword added =
                users.add(new IdentityAdmin.NewUser("xinjin-officer", "李四", ""), Set.of("officer"));

        assertThat(added.user().groups()).containsExactly(WENJIANG);
        assertThat(added.user().roles()).containsExactly("officer");
        assertThat(added.temporaryPassword()).hasSize(14);
        assertThat(fired).extracting(PlatformAction::action).containsExactly("user.add");
    }

    @Test
    void aPlatformRoleIsNeverGranted() {
        assertThatThrownBy(() -> users.add(
                        new IdentityAdmin.NewUser("sneaky", "Sneaky", ""), Set.of("officer", "platform-sysadmin")))
                .isInstanceOf(ValidationException.class);
        String id = identity.createUser(new IdentityAdmin.NewUser("w1", "W1", ""), WENJIANG, Set.of("viewer"), "x");
        assertThatThrownBy(() -> users.setRoles(id, Set.of("platform-sysadmin")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> users.setRoles(id, Set.of("supervisor"))).isInstanceOf(ValidationException.class);
        assertThat(identity.user(id).roles()).containsExactly("viewer");
        assertThat(fired).isEmpty();
    }

    @Test
    void anAuditorWhoIsAlsoOfficerIsRefused() {
        assertThatThrownBy(() ->
                        users.add(new IdentityAdmin.NewUser("both", "Both", ""), Set.of("officer", "tenant-auditor")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aUserOfAnotherCountyIsUnknownToTheAdmin() {
        String pidu = identity.createUser(new IdentityAdmin.NewUser("p1", "P1", ""), PIDU, Set.of("officer"), "x");

        assertThatThrownBy(() -> users.resetPassword(pidu)).isInstanceOf(UnknownUserException.class);
        assertThatThrownBy(() -> users.disable(pidu)).isInstanceOf(UnknownUserException.class);
        assertThatThrownBy(() -> users.setRoles(pidu, Set.of("viewer"))).isInstanceOf(UnknownUserException.class);
        assertThat(identity.user(pidu).enabled()).isTrue();
        assertThat(users.list()).extracting(IdentityUser::username).doesNotContain("p1");
    }

    @Test
    void anOfficerCannotManageUsers() {
        CurrentUserHolder.set(new CurrentUser("wenjiang-officer", "O", Set.of("officer"), Set.of(WENJIANG)));

        assertThatThrownBy(users::list).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void resetAndDisableAreRecorded() {
        String id = identity.createUser(new IdentityAdmin.NewUser("w2", "W2", ""), WENJIANG, Set.of("viewer"), "x");

        assertThat(users.resetPassword(id).temporaryPassword()).isNotEqualTo("x");
        assertThat(users.disable(id).enabled()).isFalse();
        assertThat(fired).extracting(PlatformAction::action).containsExactly("user.reset", "user.disable");
    }

    /** Keycloak's users and groups, in memory. */
    static final class Identity implements IdentityAdmin {
        private final Map<String, IdentityUser> users = new HashMap<>();

        @Override
        public void ensureGroupPath(String path) {}

        @Override
        public void endSession(String sessionId) {}

        @Override
        public GroupRemoval removeGroup(String groupPath) {
            List<String> deleted = members(groupPath).stream()
                    .map(IdentityUser::username)
                    .sorted()
                    .toList();
            users.values().removeIf(u -> u.groups().contains(groupPath));
            return new GroupRemoval(deleted, List.of(), true);
        }

        @Override
        public String createUser(NewUser user, String groupPath, Set<String> roles, String temporaryPassword) {
            String id = "0000-" + (users.size() + 1);
            users.put(
                    id, new IdentityUser(id, user.username(), user.displayName(), "", true, roles, Set.of(groupPath)));
            return id;
        }

        @Override
        public List<IdentityUser> members(String groupPath) {
            return users.values().stream()
                    .filter(u -> u.groups().contains(groupPath))
                    .toList();
        }

        @Override
        public IdentityUser user(String id) {
            IdentityUser user = users.get(id);
            if (user == null) {
                throw new UnknownUserException(id);
            }
            return user;
        }

        @Override
        public void setRoles(String id, Set<String> roles, Set<String> managed) {
            IdentityUser u = user(id);
            users.put(
                    id, new IdentityUser(id, u.username(), u.displayName(), u.email(), u.enabled(), roles, u.groups()));
        }

        @Override
        public void resetPassword(String id, String temporaryPassword) {
            user(id);
        }

        @Override
        public void setEnabled(String id, boolean enabled) {
            IdentityUser u = user(id);
            users.put(
                    id, new IdentityUser(id, u.username(), u.displayName(), u.email(), enabled, u.roles(), u.groups()));
        }
    }

    /** Collects the fired actions, as the platform chain's observer would receive them. */
    record Recorder(List<PlatformAction> fired) implements Event<PlatformAction> {
        @Override
        public void fire(PlatformAction event) {
            fired.add(event);
        }

        @Override
        public <U extends PlatformAction> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PlatformAction> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<PlatformAction> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends PlatformAction> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends PlatformAction> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
