package cn.zugong.core.plugin.application;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The changes of installed plugins' records and offers, in the caller's transaction: {@link
 * PluginRegistry} runs each in a transaction of its own, or several with their platform audit link
 * in one ({@link PluginRegistry#audited}).
 */
public final class PluginRecords {

    private final EntityManager em;

    PluginRecords(EntityManager em) {
        this.em = em;
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

    /** The plugin's record and offers as the audit trail keeps them; null when there is none. */
    String describe(String pluginId) {
        PluginRecord record = em.find(PluginRecord.class, pluginId);
        if (record == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", record.version());
        fields.put("state", record.state().name());
        fields.put("signer", record.signer());
        fields.put("sha256", record.sha256());
        fields.put("offeredToAll", record.offeredToAll());
        fields.put(
                "offers",
                String.join(
                        ",",
                        new TreeSet<>(em.createQuery(
                                        "select o.tenantId from PluginOffer o where o.pluginId = :id", String.class)
                                .setParameter("id", pluginId)
                                .getResultList())));
        return AuditJson.of(fields);
    }
}
