package cn.zugong.core.plugin.infrastructure;

import cn.zugong.core.plugin.context.HostedContext;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;

/**
 * A plugin the host has loaded, started, migrated and given its context.
 *
 * @param declaredPermissions the permission ids of its {@code Plugin-Permissions}
 */
public record ActivePlugin(
        String id,
        String version,
        ClassLoader loader,
        HostedContext context,
        Optional<EntityManagerFactory> entityManagerFactory,
        List<String> declaredPermissions) {}
