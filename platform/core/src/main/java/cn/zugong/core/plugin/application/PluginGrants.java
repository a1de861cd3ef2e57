package cn.zugong.core.plugin.application;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.plugin.domain.PluginGrant;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which of a county's roles hold each plugin permission. Until the county's tenant-admin grants a
 * permission, the plugin's default roles hold it; once granted, exactly the granted roles do.
 */
@ApplicationScoped
@Transactional
public class PluginGrants {

    /** The county roles a permission may be granted to. */
    public static final List<String> COUNTY_ROLES =
            List.of(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN, "viewer", "tenant-auditor");

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The granted roles by permission in the request's county (only permissions it has granted). */
    public Map<String, Set<String>> granted() {
        Map<String, Set<String>> granted = new HashMap<>();
        if (TenancyHolder.current().readableCodes().size() != 1) {
            return granted;
        }
        em.createQuery("select g from PluginGrant g", PluginGrant.class)
                .getResultStream()
                .forEach(g -> granted.computeIfAbsent(g.permission(), p -> new TreeSet<>())
                        .add(g.role()));
        return granted;
    }

    /** The roles holding a permission in the request's county. */
    public Set<String> rolesFor(PluginPermission permission) {
        return granted().getOrDefault(permission.id(), permission.defaultRoles());
    }

    /** Grants exactly {@code roles} the permission in the county; audited. */
    public void grant(String pluginId, String permission, Set<String> roles) {
        if (TenancyHolder.current().writable().isEmpty() || !CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)) {
            throw new AccessDeniedException("error.access.denied");
        }
        if (!COUNTY_ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("Not a county role: " + roles);
        }
        Set<String> before = granted().getOrDefault(permission, Set.of());
        em.createQuery("delete from PluginGrant g where g.permission = :p")
                .setParameter("p", permission)
                .executeUpdate();
        roles.forEach(role -> em.persist(new PluginGrant(pluginId, permission, role)));
        audit.record(
                "plugin.grant",
                "plugin_permission",
                permission,
                pluginId + " " + permission,
                AuditJson.of(Map.of("roles", before.stream().sorted().collect(Collectors.joining(",")))),
                AuditJson.of(Map.of("roles", roles.stream().sorted().collect(Collectors.joining(",")))));
    }
}
