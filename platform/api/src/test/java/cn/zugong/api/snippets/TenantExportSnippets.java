package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.ExportEntries;
import cn.zugong.api.tenant.TenantDataExport;
import cn.zugong.api.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class TenantExportSnippets {
    @Extension // @start region=tenant-export
    public static class TrainingExport implements TenantDataExport { // @replace substring="static " replacement=""
        private final PluginContext context;

        public TrainingExport(PluginContext context) { this.context = context; }

        public void export(TenantId county, ExportEntries entries) {
            List<List<Object>> rows = context.persistence().inTransaction(em -> em
                    .createQuery("select c from Course c order by c.starts", Course.class)
                    .getResultStream()
                    .map(c -> List.<Object>of(c.id(), c.title(), c.hours(), c.starts()))
                    .toList());
            entries.csv("courses.csv", List.of("id", "title", "hours", "starts"), rows);
        }
    }
    // @end

    void entries(ExportEntries entries, UUID courseId, UUID cadreId) {
        entries.csv("enrollments.csv", List.of("course", "cadre", "status"), List.of(List.of(courseId, cadreId, "CREDITED"))); // @start region=entries
        entries.add("readme.txt", "学时单位：学时".getBytes(StandardCharsets.UTF_8));
        // @end
    }
}
// spotless:on
