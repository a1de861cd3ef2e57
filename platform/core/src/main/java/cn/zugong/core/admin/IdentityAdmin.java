package cn.zugong.core.admin;

import cn.zugong.core.i18n.PortalMessages;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the portal asks of the identity provider (Keycloak's admin REST API, with a service-account
 * client that may only manage users and groups). Passwords never pass through the portal's
 * database: a temporary password goes straight to Keycloak, and the user must change it at the next
 * login.
 */
public interface IdentityAdmin {

    /** Creates the groups of a path such as {@code /51/5101/510118} that are missing. */
    void ensureGroupPath(String path);

    /**
     * Creates an enabled user in a group with realm roles and a temporary password.
     *
     * @return the new user's id
     * @throws IdentityConflictException when the user name (or e-mail) is taken
     */
    String createUser(NewUser user, String groupPath, Set<String> roles, String temporaryPassword);

    /** The users directly in a group, with their realm roles. */
    List<IdentityUser> members(String groupPath);

    /** A user by id, with their groups and realm roles. */
    IdentityUser user(String id);

    /** Replaces the user's realm roles by {@code roles} (within the roles the portal manages). */
    void setRoles(String id, Set<String> roles, Set<String> managed);

    /** Sets a temporary password the user must change at the next login. */
    void resetPassword(String id, String temporaryPassword);

    void setEnabled(String id, boolean enabled);

    /**
     * Ends one sign-in session of the identity provider (Keycloak's SSO session, the {@code sid} of
     * the user's tokens), so that the browser must authenticate again; other sessions of the same
     * user (another browser) stay. A session that has already ended is no error.
     */
    void endSession(String sessionId);

    /**
     * Removes a purged tenant's identities: every user directly in the group whose only group it is
     * is deleted; a user who also belongs elsewhere only leaves the group; the group itself is
     * deleted unless tenants below still have their groups in it. A group that does not exist is no
     * error (nothing to remove).
     */
    GroupRemoval removeGroup(String groupPath);

    /**
     * What {@link #removeGroup} did.
     *
     * @param deleted the user names deleted
     * @param detached the user names that only left the group (they belong to another group too)
     * @param groupDeleted whether the group was deleted
     */
    record GroupRemoval(List<String> deleted, List<String> detached, boolean groupDeleted) {}

    /**
     * A user to create.
     *
     * @param username the login name
     * @param displayName the name shown (stored as Keycloak's first name)
     * @param email an address, or empty
     * @param language the language of the sign-in mail (Chinese unless English)
     */
    record NewUser(String username, String displayName, String email, Locale language) {

        public NewUser {
            language = PortalMessages.supported(language == null ? PortalMessages.CHINESE : language);
        }

        /** A user whose sign-in mail, if any, is in Chinese. */
        public NewUser(String username, String displayName, String email) {
            this(username, displayName, email, PortalMessages.CHINESE);
        }
    }
}
