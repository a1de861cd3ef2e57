package cn.zugong.plugin.training.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.ExportEntries;
import cn.zugong.api.tenant.TenantDataExport;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.CountyTables;
import org.pf4j.Extension;

/**
 * The county's training data in its export archive: {@code courses.csv}, {@code enrollments.csv}
 * and {@code records.csv} (the hours credited to each cadre), read with the county as the only
 * readable tenant.
 */
@Extension
public class TrainingExport implements TenantDataExport {

    private final PluginContext context;

    public TrainingExport(PluginContext context) {
        this.context = context;
    }

    @Override
    public void export(TenantId county, ExportEntries entries) {
        context.persistence().run(em -> {
            CountyTables tables = new CountyTables(em, county);
            entries.csv("courses.csv", CountyTables.COURSE_COLUMNS, tables.courses());
            entries.csv("enrollments.csv", CountyTables.ENROLLMENT_COLUMNS, tables.enrollments());
            entries.csv("records.csv", CountyTables.RECORD_COLUMNS, tables.records());
        });
    }
}
