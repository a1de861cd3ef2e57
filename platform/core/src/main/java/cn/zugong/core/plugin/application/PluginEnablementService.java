package cn.zugong.core.plugin.application;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which installed plugins the current tenant uses. Only the tenant-admin of a county changes it;
 * the answer is always for the request's own tenant (the database wall enforces it too). Every
 * change is recorded in the audit trail.
 */
@ApplicationScoped
@Transactional
public class PluginEnablementService {

    /** A county's choice counts for the plugin's current installation only, not one before an uninstall. */
    private static final String THIS_INSTALLATION =
            " and p.changedAt >= (select r.installedAt from PluginRecord r" + " where r.pluginId = p.pluginId)";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PluginRegistry registry;

    /** Plugin ids enabled for the tenant of this request; empty without exactly one readable tenant. */
    public Set<String> enabledForCurrentTenant() {
        var readable = TenancyHolder.current().readableCodes();
        if (readable.size() != 1) {
            return Set.of();
        }
        Set<String> offered = registry.offeredTo(readable.iterator().next());
        return em.createQuery(
                        "select p.pluginId from TenantPlugin p where p.enabled = true and p.tenantId in :tenant"
                                + THIS_INSTALLATION,
                        String.class)
                .setParameter("tenant", readable)
                .getResultStream()
                .filter(offered::contains)
                .collect(Collectors.toSet());
    }

    /** The plugins offered to the request's county (installed, enabled on the platform). */
    public Set<String> offeredToCurrentTenant() {
        var readable = TenancyHolder.current().readableCodes();
        return readable.size() == 1 ? registry.offeredTo(readable.iterator().next()) : Set.of();
    }

    /** For each county among {@code tenants}, the plugins it has enabled (and is offered). */
    public Map<String, Set<String>> enabledBy(Set<String> tenants) {
        Map<String, Set<String>> enabled = new java.util.HashMap<>();
        em.createQuery(
                        "select p.tenantId, p.pluginId from TenantPlugin p where p.enabled = true and p.tenantId in :t"
                                + THIS_INSTALLATION,
                        Object[].class)
                .setParameter("t", tenants)
                .getResultStream()
                .forEach(row -> enabled.computeIfAbsent((String) row[0], t -> new java.util.HashSet<>())
                        .add((String) row[1]));
        enabled.replaceAll((tenant, ids) -> {
            Set<String> offered = registry.offeredTo(tenant);
            return ids.stream().filter(offered::contains).collect(Collectors.toSet());
        });
        return enabled;
    }

    public void setEnabled(String pluginId, boolean enabled) {
        if (TenancyHolder.current().writable().isEmpty() || !CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)) {
            throw new AccessDeniedException("error.access.denied");
        }
        String tenant = TenancyHolder.current().writable().get().code();
        if (enabled && !registry.offeredTo(tenant).contains(pluginId)) {
            throw new AccessDeniedException("error.plugin.notOffered");
        }
        List<TenantPlugin> rows = em.createQuery(
                        "select p from TenantPlugin p where p.pluginId = :plugin and p.tenantId = :tenant",
                        TenantPlugin.class)
                .setParameter("plugin", pluginId)
                .setParameter("tenant", tenant)
                .getResultList();
        TenantPlugin row = rows.isEmpty() ? new TenantPlugin(pluginId) : rows.getFirst();
        boolean wasEnabled = !rows.isEmpty()
                && row.enabled()
                && registry.find(pluginId)
                        .map(r -> !row.changedAt().isBefore(r.installedAt()))
                        .orElse(false);
        String user = CurrentUserHolder.current().map(CurrentUser::username).orElse("?");
        row.change(enabled, user, Instant.now());
        if (rows.isEmpty()) {
            em.persist(row);
        }
        audit.record(
                enabled ? "plugin.enable" : "plugin.disable",
                "plugin",
                pluginId,
                pluginId,
                AuditJson.of(Map.of("enabled", wasEnabled)),
                AuditJson.of(Map.of("enabled", enabled)));
    }
}
