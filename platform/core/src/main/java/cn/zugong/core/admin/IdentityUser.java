package cn.zugong.core.admin;

import java.util.Set;

/**
 * A user as the identity provider knows them.
 *
 * @param id the provider's id
 * @param username the login name
 * @param displayName the name shown
 * @param email the address, or empty
 * @param enabled whether they can log in
 * @param roles their realm roles
 * @param groups their group paths
 */
public record IdentityUser(
        String id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        Set<String> roles,
        Set<String> groups) {

    public IdentityUser {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }
}
