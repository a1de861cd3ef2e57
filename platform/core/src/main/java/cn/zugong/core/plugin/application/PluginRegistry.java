package cn.zugong.core.plugin.application;

import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The records of installed plugins and their offers, each call its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PluginRegistry {

    /** The signer recorded for plugins the operator put in the plugins directory. */
    public static final String BUNDLED = "bundled";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    public Optional<PluginRecord> find(String pluginId) {
        return Optional.ofNullable(em.find(PluginRecord.class, pluginId));
    }

    public List<PluginRecord> all() {
        return em.createQuery("select p from PluginRecord p order by p.pluginId", PluginRecord.class)
                .getResultList();
    }

    /** Writes what a jar declares and the resulting state; creates the record if needed. */
    public PluginRecord save(
            PluginManifest manifest,
            String jarFile,
            String sha256,
            String signer,
            PluginState state,
            String message,
            String by,
            boolean offerToAllWhenNew) {
        PluginRecord record = em.find(PluginRecord.class, manifest.id());
        Instant now = Instant.now();
        if (record == null) {
            record = new PluginRecord(manifest.id(), by, now);
            record.offerToAll(offerToAllWhenNew);
            record.describe(manifest, jarFile, sha256, signer);
            record.change(state, message, by, now);
            em.persist(record);
        } else {
            record.describe(manifest, jarFile, sha256, signer);
            record.change(state, message, by, now);
        }
        return record;
    }

    public PluginRecord change(String pluginId, PluginState state, String message, String by) {
        PluginRecord record = em.find(PluginRecord.class, pluginId);
        record.change(state, message, by, Instant.now());
        return record;
    }

    public void uninstalled(String pluginId, String by) {
        PluginRecord record = em.find(PluginRecord.class, pluginId);
        record.change(PluginState.UNINSTALLED, null, by, Instant.now());
    }

    /** Starts a new installation of an uninstalled plugin: no offers, no county's earlier choice. */
    public void reinstalled(String pluginId, String by) {
        em.find(PluginRecord.class, pluginId).reinstalled(by, Instant.now());
        em.createQuery("delete from PluginOffer o where o.pluginId = :id")
                .setParameter("id", pluginId)
                .executeUpdate();
    }

    public void exported(String pluginId) {
        em.find(PluginRecord.class, pluginId).exported(Instant.now());
    }

    public void remove(String pluginId) {
        em.createQuery("delete from PluginOffer o where o.pluginId = :id")
                .setParameter("id", pluginId)
                .executeUpdate();
        PluginRecord record = em.find(PluginRecord.class, pluginId);
        if (record != null) {
            em.remove(record);
        }
    }

    /** Offers a plugin to every tenant, or to exactly the given ones. */
    public void offer(String pluginId, boolean all, Set<String> tenants) {
        PluginRecord record = em.find(PluginRecord.class, pluginId);
        record.offerToAll(all);
        em.createQuery("delete from PluginOffer o where o.pluginId = :id")
                .setParameter("id", pluginId)
                .executeUpdate();
        if (!all) {
            tenants.forEach(t -> em.persist(new PluginOffer(pluginId, t)));
        }
    }

    /** Those of the codes that name no tenant. */
    public Set<String> unknownTenants(Set<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = em.createQuery("select t.code from Tenant t where t.code in :codes", String.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toSet());
        return codes.stream().filter(c -> !known.contains(c)).collect(Collectors.toSet());
    }

    /** The tenants a plugin is offered to one by one (not counting an offer to all). */
    public Set<String> offeredTenants(String pluginId) {
        return em.createQuery("select o.tenantId from PluginOffer o where o.pluginId = :id", String.class)
                .setParameter("id", pluginId)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** The ids of the plugins offered to a tenant and enabled on the platform. */
    public Set<String> offeredTo(String tenant) {
        return em.createQuery(
                        "select p.pluginId from PluginRecord p where p.state = :enabled and (p.offeredToAll = true"
                                + " or exists (select o from PluginOffer o where o.pluginId = p.pluginId"
                                + " and o.tenantId = :tenant))",
                        String.class)
                .setParameter("enabled", PluginState.ENABLED)
                .setParameter("tenant", tenant)
                .getResultStream()
                .collect(Collectors.toSet());
    }
}
