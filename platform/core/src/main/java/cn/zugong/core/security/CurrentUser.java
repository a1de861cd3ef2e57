package cn.zugong.core.security;

import java.util.Set;

/**
 * The signed-in user as the token describes them.
 *
 * @param username the login name
 * @param displayName the name to show
 * @param roles realm roles
 * @param groups group paths such as {@code /51/5101/510115}
 */
public record CurrentUser(String username, String displayName, Set<String> roles, Set<String> groups) {

    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String OFFICER = "officer";
    public static final String PLATFORM_SYSADMIN = "platform-sysadmin";
    public static final String PLATFORM_SECADMIN = "platform-secadmin";

    public CurrentUser {
        roles = Set.copyOf(roles);
        groups = Set.copyOf(groups);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
