package cn.zugong.core.plugin.formats;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.application.CadreStream;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.infrastructure.excel.ExcelFileException;
import cn.zugong.core.cadre.infrastructure.excel.ForeignRows;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.RegistryCadres;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cadre-list formats of the plugins the request's county has enabled: exports of the list
 * (audited like the platform's own) and, for formats that read, files turned into the platform's
 * workbook for the ordinary import.
 */
@ApplicationScoped
public class PluginFormats {

    @Inject
    PluginHost host;

    @Inject
    PluginEnablementService enablement;

    @Inject
    CadreStream cadres;

    @Inject
    AuditTrail audit;

    public List<PluginFormat> available() {
        return host.cadreFormats(enablement.enabledForCurrentTenant());
    }

    public List<PluginFormat> readable() {
        return available().stream().filter(f -> f.format().reads()).toList();
    }

    /** Writes the list (its filters) in a plugin's format; recorded in each covered county's chain. */
    public void export(PluginFormat format, CadreFilter filter, OutputStream out) throws IOException {
        List<CadreRef> list = new ArrayList<>();
        cadres.each(filter, listed -> list.add(RegistryCadres.ref(listed.cadre(), listed.unitName())));
        IOException[] failure = {null};
        host.guard(format.pluginId(), format.format(), () -> {
            try {
                format.format().write(list, out);
            } catch (IOException e) {
                failure[0] = e;
            }
            return Boolean.TRUE;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        String after = AuditJson.of(
                Map.of("rows", list.size(), "format", format.format().id(), "filter", filter.toString()));
        for (TenantId tenant : TenancyHolder.current().readable()) {
            audit.record(tenant, "cadre.list.export", "cadre-list", null, list.size() + " rows", null, after);
        }
    }

    /**
     * A file of a plugin's format as the platform's workbook (a temporary file the caller imports
     * and deletes).
     *
     * @throws ExcelFileException {@code excel.error.format} when the plugin cannot read the file
     */
    public Path asWorkbook(PluginFormat format, InputStream in) throws IOException {
        List<Map<String, String>> rows;
        try {
            rows = format.format().read(in);
        } catch (IOException | RuntimeException e) {
            throw new ExcelFileException("excel.error.format", format.format().id());
        }
        Path workbook = Files.createTempFile("zugong-import", ".xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            ForeignRows.write(rows, out);
        }
        return workbook;
    }
}
