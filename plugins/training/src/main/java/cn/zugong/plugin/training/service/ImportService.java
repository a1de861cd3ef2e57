package cn.zugong.plugin.training.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.ImportBatchEntry;
import cn.zugong.plugin.training.data.RecordRepository;
import cn.zugong.plugin.training.imports.ImportColumns;
import cn.zugong.plugin.training.imports.ImportField;
import cn.zugong.plugin.training.imports.ImportResult;
import cn.zugong.plugin.training.imports.OnlineImport;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Imports of an online platform's export (DOMAIN T4-T6), all or nothing: the domain's {@link
 * OnlineImport} checks every row against the registry and the records already credited; only when
 * no row has a problem are all rows saved, in one transaction, under one import batch.
 */
public final class ImportService {

    private final PluginContext context;
    private final RuleSource rules;

    public ImportService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    /**
     * Checks the rows of a sheet ({@link cn.zugong.api.io.Spreadsheets#read}, header first) with the
     * county's rules of today. Saves nothing.
     */
    public ImportResult validate(TenantId county, List<List<String>> rows) {
        LocalDate today = rules.today();
        List<CreditedRecord> credited =
                context.persistence().inTransaction(em -> new RecordRepository(em, county).all());
        OnlineImport check = new OnlineImport(
                rules.columns(county, today),
                rules.credit(county, today),
                identity -> context.cadres().byIdentityNumber(identity).filter(c -> c.tenant()
                        .equals(county)),
                credited,
                today);
        return check.validate(rows);
    }

    /** Saves every row of an accepted import in one transaction, under one batch. */
    public ImportBatchEntry save(TenantId county, String fileName, ImportResult.Accepted accepted) {
        Counties.requireWritable(context.tenancy(), county);
        Instant now = Instant.now(context.clock());
        ImportBatchEntry batch = context.persistence()
                .inTransaction(em -> new RecordRepository(em, county).addImport(fileName, accepted.records(), now));
        context.audit()
                .record(
                        "record.import",
                        "training_import",
                        batch.id().toString(),
                        fileName,
                        Map.of(),
                        Map.of("rows", batch.rows()));
        return batch;
    }

    /** Validates and, when every row is valid, saves: the result says which. */
    public ImportResult importRows(TenantId county, String fileName, List<List<String>> rows) {
        Counties.requireWritable(context.tenancy(), county);
        ImportResult result = validate(county, rows);
        if (result instanceof ImportResult.Accepted accepted) {
            save(county, fileName, accepted);
        }
        return result;
    }

    /** The header names each column may have under the county's rules of today. */
    public Map<ImportField, List<String>> columns(TenantId county) {
        ImportColumns columns = rules.columns(county, rules.today());
        Map<ImportField, List<String>> names = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            names.put(field, columns.of(field));
        }
        return names;
    }

    /** The county's latest imports. */
    public List<ImportBatchEntry> recent(TenantId county, int limit) {
        return context.persistence().inTransaction(em -> new RecordRepository(em, county).imports(limit));
    }
}
