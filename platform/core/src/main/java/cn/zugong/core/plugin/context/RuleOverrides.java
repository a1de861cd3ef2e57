package cn.zugong.core.plugin.context;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
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
import java.util.HashMap;
import java.util.Map;

/** A county's overrides of plugin rule packs; only its tenant-admin changes them, audited. */
@ApplicationScoped
@Transactional
public class RuleOverrides {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The county's overrides of one pack (the county must be readable here). */
    public Map<String, String> of(TenantId county, String packId) {
        Map<String, String> values = new HashMap<>();
        em.createQuery(
                        "select o from RuleOverride o where o.tenantId = :tenant and o.packId = :pack",
                        RuleOverride.class)
                .setParameter("tenant", county.code())
                .setParameter("pack", packId)
                .getResultStream()
                .forEach(o -> values.put(o.key(), o.value()));
        return values;
    }

    /** Sets (or, with a blank value, removes) the county's own value of one key. */
    public void set(String packId, String key, String value) {
        TenantId county = TenancyHolder.current()
                .writable()
                .filter(t -> CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("error.access.denied"));
        RuleOverride existing = em.createQuery(
                        "select o from RuleOverride o where o.packId = :pack and o.key = :key", RuleOverride.class)
                .setParameter("pack", packId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .orElse(null);
        String before = existing == null ? null : existing.value();
        String user = CurrentUserHolder.current().map(CurrentUser::username).orElse("?");
        if (value == null || value.isBlank()) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing == null) {
            RuleOverride created = new RuleOverride(packId, key);
            created.change(value.trim(), user, Instant.now());
            em.persist(created);
        } else {
            existing.change(value.trim(), user, Instant.now());
        }
        audit.record(
                "plugin.rule.override",
                "rule_pack",
                packId + "/" + key,
                county.code() + " " + packId + "/" + key,
                before == null ? null : AuditJson.of(Map.of(key, before)),
                value == null || value.isBlank() ? null : AuditJson.of(Map.of(key, value.trim())));
    }
}
