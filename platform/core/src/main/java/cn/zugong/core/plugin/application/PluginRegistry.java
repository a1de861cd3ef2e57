package cn.zugong.core.plugin.application;

import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.cluster.ClusterNotices;
import cn.zugong.core.cluster.ClusterSignal;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The records of installed plugins and their offers, each call its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PluginRegistry {

    /** The signer recorded for plugins the operator put in the plugins directory. */
    public static final String BUNDLED = "bundled";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    Event<PlatformAction> platformActions;

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
        PluginRecord saved = records().save(manifest, jarFile, sha256, signer, state, message, by, offerToAllWhenNew);
        tellNodes(manifest.id());
        return saved;
    }

    public PluginRecord change(String pluginId, PluginState state, String message, String by) {
        PluginRecord changed = records().change(pluginId, state, message, by);
        tellNodes(pluginId);
        return changed;
    }

    public void uninstalled(String pluginId, String by) {
        records().uninstalled(pluginId, by);
        tellNodes(pluginId);
    }

    /** Starts a new installation of an uninstalled plugin: no offers, no county's earlier choice. */
    public void reinstalled(String pluginId, String by) {
        records().reinstalled(pluginId, by);
        tellNodes(pluginId);
    }

    public void exported(String pluginId) {
        records().exported(pluginId);
    }

    public void remove(String pluginId) {
        records().remove(pluginId);
        tellNodes(pluginId);
    }

    /** Offers a plugin to every tenant, or to exactly the given ones. */
    public void offer(String pluginId, boolean all, Set<String> tenants) {
        records().offer(pluginId, all, tenants);
    }

    /**
     * Makes an operator's change of a plugin's records and its link in the platform's audit chain
     * in one transaction: the link holds the plugin's record and offers before and after.
     *
     * @param action the platform chain's action, such as {@code plugin.deactivate}
     * @param change the change, made on the records of this transaction
     */
    public <T> T audited(String action, String pluginId, Function<PluginRecords, T> change) {
        PluginRecords records = records();
        String before = records.describe(pluginId);
        T result = change.apply(records);
        em.flush();
        String after = records.describe(pluginId);
        // Not find(): a call through this bean would start a transaction of its own.
        PluginRecord record = em.find(PluginRecord.class, pluginId);
        String summary = record == null ? pluginId : pluginId + " " + record.version();
        platformActions.fire(new PlatformAction(action, "plugin", pluginId, summary, before, after));
        tellNodes(pluginId);
        return result;
    }

    /** Every node follows the records once this transaction commits (PostgreSQL: a notification). */
    private void tellNodes(String pluginId) {
        ClusterNotices.send(em, ClusterSignal.PLUGINS, pluginId);
    }

    private PluginRecords records() {
        return new PluginRecords(em);
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
