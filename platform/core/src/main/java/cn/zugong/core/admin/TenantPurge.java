package cn.zugong.core.admin;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.data.PluginTenantTables;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletes one county's rows from the core tenant tables, children before parents, in a
 * transaction of its own bound to the county's writable tenancy (the database wall lets a
 * transaction delete the rows of its own county only).
 *
 * <p>The county's audit chain ({@code audit_event}, {@code audit_chain_head}) is kept: it is
 * append-only (a trigger refuses deletes), it is the evidence of who did what in the county up to
 * and including its purge, and the export the purge requires already holds a copy with its
 * verification. The county's rows of every plugin's tables (running, disabled or uninstalled with
 * its tables kept; {@link PluginTenantTables}) go too, children first, in the same transaction, so
 * no row of the county is left in any plugin table; the export holds them as CSV. The platform
 * deletes them itself: no plugin code runs, so an uninstalled or failing plugin cannot leave rows.
 * Cross-county transfers ({@code cadre_transfer}) are kept too: each is also the record of two
 * other counties, and its policy lets nobody delete it.
 */
@ApplicationScoped
public class TenantPurge {

    static final List<String> KEPT = List.of("audit_event", "cadre_transfer");

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    PluginTenantTables pluginTables;

    /** The tenancy a purge of the county runs under. */
    static Tenancy as(String code) {
        return Tenancy.writing(new TenantId(code));
    }

    /** The tables purged, in deletion order. */
    static List<String> tables() {
        List<String> tables = new ArrayList<>(TenantTables.TABLES);
        tables.removeAll(KEPT);
        tables.add(tables.indexOf("cadre") + 1, "cadre_photo");
        // the county's plugin job slots: scheduling data, not exported, but not left behind either
        tables.add("plugin_job_lease");
        Collections.reverse(tables);
        return tables;
    }

    /**
     * Deletes the county's rows; the number deleted by table. The caller runs it under the county's
     * writable tenancy ({@link #as}); under any other it refuses.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Integer> delete(String code) {
        if (!TenancyHolder.current().writable().map(t -> t.code().equals(code)).orElse(false)) {
            throw new IllegalStateException("Purge of " + code + " outside its tenancy");
        }
        Map<String, Integer> deleted = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(pluginTables.tables());
        Collections.reverse(all);
        all.addAll(tables());
        for (String table : all) {
            deleted.put(
                    table,
                    em.createNativeQuery("delete from " + table + " where tenant_id = ?1")
                            .setParameter(1, code)
                            .executeUpdate());
        }
        return deleted;
    }
}
