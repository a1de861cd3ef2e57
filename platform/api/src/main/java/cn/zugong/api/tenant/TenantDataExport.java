package cn.zugong.api.tenant;

import org.pf4j.ExtensionPoint;

/**
 * Extension point: a plugin's share of a county's export. When the platform-sysadmin exports a
 * county (one archive of its whole data, before it is archived and purged), the platform asks each
 * plugin the county has enabled to write that county's data as named entries; they land in the
 * archive under {@code plugins/<plugin id>/} and are listed with their SHA-256 in its manifest.
 *
 * <p>The call runs with the county as the request's only readable tenant and nothing writable, so
 * the plugin's queries see that county's rows and nothing else (Hibernate's tenant filter and, on
 * PostgreSQL, the database wall), and any write fails. Write what a person or another system would
 * need to take the county's records elsewhere: readable columns (names, dates, hours), ids that
 * tie the files together, CSV for tables. The platform adds the raw rows of every plugin table
 * anyway ({@code tables/<table>.csv}), so nothing is lost when a plugin writes less; a purge later
 * deletes the county's rows of every plugin table.
 *
 * <p>A call that throws fails the whole export (an archive without the plugin's data would let a
 * purge lose it); the plugin is not stopped for it.
 *
 * {@snippet class=cn.zugong.api.snippets.TenantExportSnippets region=tenant-export :
 * @Extension
 * public class TrainingExport implements TenantDataExport {
 *     private final PluginContext context;
 *
 *     public TrainingExport(PluginContext context) { this.context = context; }
 *
 *     public void export(TenantId county, ExportEntries entries) {
 *         List<List<Object>> rows = context.persistence().inTransaction(em -> em
 *                 .createQuery("select c from Course c order by c.starts", Course.class)
 *                 .getResultStream()
 *                 .map(c -> List.<Object>of(c.id(), c.title(), c.hours(), c.starts()))
 *                 .toList());
 *         entries.csv("courses.csv", List.of("id", "title", "hours", "starts"), rows);
 *     }
 * }
 * }
 *
 * @since 1.3.0
 */
public interface TenantDataExport extends ExtensionPoint {

    /**
     * Writes the plugin's data of one county.
     *
     * @param county the county exported, the request's only readable tenant
     * @param entries where the entries go
     */
    void export(TenantId county, ExportEntries entries);
}
