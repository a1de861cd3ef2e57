package cn.zugong.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a plugin declares, such as {@code example.view}.
 *
 * @param id unique across the platform; by convention prefixed with the plugin id
 * @param defaultRoles the realm roles (for example {@code officer}, {@code tenant-admin}) that
 *     hold the permission until a tenant admin grants it otherwise
 */
public record PluginPermission(String id, Set<String> defaultRoles) {

    public PluginPermission {
        Objects.requireNonNull(id, "id");
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
