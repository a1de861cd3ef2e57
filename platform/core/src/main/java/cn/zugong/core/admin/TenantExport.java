package cn.zugong.core.admin;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditScope;
import cn.zugong.core.audit.AuditVerification;
import cn.zugong.core.audit.ChainVerdict;
import cn.zugong.core.cadre.application.CadreStream;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.infrastructure.excel.CadreExport;
import cn.zugong.core.cadre.infrastructure.interchange.LrmxExport;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.data.PluginTenantTables;
import cn.zugong.core.plugin.domain.PluginDataExport;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.tenant.TenantStatus;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One archive of a county's whole data, for the platform-sysadmin: every cadre as an .lrmx file
 * (what another county's import reads back), the Excel list, the county's rows of every core tenant
 * table as CSV (units, posts, selection records, calendar, the audit chain), the county's rows of
 * every plugin table as CSV, what each plugin the county enabled writes through its {@link
 * cn.zugong.api.tenant.TenantDataExport} (under {@code plugins/<id>/}), the chain's verification and
 * a manifest with the SHA-256 of each entry. The export is recorded on the tenant
 * and in the platform chain ({@code tenant.export}).
 *
 * <p>It reads as the county: each step runs in a transaction of its own under a read-only tenancy
 * of that county, so the database wall lets through the county's rows and nothing else, and no
 * write to the county is possible. The reading identity is the sysadmin's name with the roles that
 * see a whole file and verify a chain (an export is a complete copy, id numbers included); the
 * reads are recorded in the county's chain under that name.
 */
@ApplicationScoped
public class TenantExport {

    /** The roles the export reads with, beside the sysadmin's own. */
    static final Set<String> READING_ROLES = Set.of(AuditScope.PLATFORM_AUDITOR);

    private static final Logger LOG = Logger.getLogger(TenantExport.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    TenantLifecycle lifecycle;

    @Inject
    CadreStream cadres;

    @Inject
    LrmxExport lrmx;

    @Inject
    CadreExport excel;

    @Inject
    AuditVerification verification;

    @Inject
    TenantTables tables;

    @Inject
    PluginTenantTables pluginTables;

    @Inject
    PluginHost plugins;

    @Inject
    PluginEnablementService enablement;

    /**
     * An export.
     *
     * @param fileName the archive's file name
     * @param zip the archive
     * @param sha256 the archive's SHA-256, as recorded on the tenant
     */
    public record Archive(String fileName, byte[] zip, String sha256) {}

    public Archive export(String code) {
        TenantLifecycle.requireSysadmin();
        CurrentUser sysadmin = CurrentUserHolder.current().orElseThrow();
        Tenant tenant = directory.all().stream()
                .filter(t -> t.id().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new UnknownTenantException(code));
        if (tenant.status() == TenantStatus.PURGED) {
            throw TenantRefusal.of("tenant.error.purged");
        }
        Instant at = Instant.now();
        ExportZip zip = as(sysadmin, tenant.id(), () -> entries(tenant, sysadmin, at));
        byte[] bytes = zip.finish();
        String sha256 = ExportZip.sha256(bytes);
        Map<String, Object> counts = new LinkedHashMap<>(zip.counts());
        counts.put("sha256", sha256);
        lifecycle.recordExport(code, sha256, counts);
        return new Archive("tenant-" + code + "-" + at.toString().replace(':', '-') + ".zip", bytes, sha256);
    }

    private ExportZip entries(Tenant tenant, CurrentUser by, Instant at) {
        String code = tenant.id().code();
        ExportZip zip = new ExportZip();
        List<UUID> ids = new ArrayList<>();
        cadres.each(CadreFilter.NONE, listed -> ids.add(listed.cadre().getId()));
        LocalDate today = LocalDate.now();
        for (UUID id : ids) {
            lrmx.export(id, today).ifPresent(form -> zip.add("cadres/" + id + ".lrmx", form));
        }
        zip.count("cadres", ids.size());
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        try {
            excel.write(CadreFilter.NONE, list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        zip.add("cadres.xlsx", list.toByteArray());
        ChainVerdict verdict = verification.verify(tenant.id());
        zip.add("audit-verification.json", utf8(verdictJson(verdict)));
        tables.read(TenancyHolder.current(), code, pluginTables.tables()).forEach((table, csv) -> {
            zip.add("tables/" + table + ".csv", csv.bytes());
            zip.count(table, csv.rows());
        });
        JsonArrayBuilder exported = Json.createArrayBuilder();
        Set<String> enabled = enablement.enabledBy(Set.of(code)).getOrDefault(code, Set.of());
        for (PluginDataExport share : plugins.dataExports(enabled)) {
            pluginShare(tenant, share, zip);
            exported.add(share.pluginId());
        }
        JsonObjectBuilder counts = Json.createObjectBuilder();
        zip.counts().forEach(counts::add);
        JsonObjectBuilder entries = Json.createObjectBuilder();
        zip.hashes().forEach(entries::add);
        String manifest = Json.createObjectBuilder()
                .add("tenant", code)
                .add("nameZh", tenant.name(Locale.CHINA))
                .add("nameEn", tenant.name(Locale.ENGLISH))
                .add("exportedAt", at.toString())
                .add("exportedBy", by.username())
                .add("auditChainIntact", verdict.ok())
                .add("plugins", exported)
                .add("counts", counts)
                .add("sha256", entries)
                .build()
                .toString();
        zip.add("manifest.json", utf8(manifest));
        return zip;
    }

    /**
     * One plugin's own entries. A hook that throws fails the export (an archive without the plugin's
     * share would let the purge lose it), with the plugin named; the plugin keeps running.
     */
    private static void pluginShare(Tenant tenant, PluginDataExport share, ExportZip zip) {
        PluginEntries entries = new PluginEntries(zip, share.pluginId());
        try {
            share.export().export(tenant.id(), entries);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Export hook of plugin " + share.pluginId() + " failed", e);
            throw new ValidationException(
                    List.of(new Problem("plugin", "tenant.error.pluginExport", List.of(share.pluginId()))));
        }
        zip.count("plugins/" + share.pluginId(), entries.added());
    }

    static String verdictJson(ChainVerdict verdict) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tenant", verdict.tenantId());
        fields.put("intact", verdict.ok());
        fields.put("checked", verdict.checked());
        verdict.broken().ifPresent(link -> {
            fields.put("brokenSeq", link.seq());
            fields.put(
                    "brokenEvent",
                    link.eventId() == null ? null : link.eventId().toString());
            fields.put("problem", link.problem().name());
        });
        return AuditJson.of(fields);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs work as the county's reader: read-only tenancy of the county, the export's roles. */
    private static <T> T as(CurrentUser sysadmin, TenantId county, Supplier<T> work) {
        Set<String> roles = new HashSet<>(sysadmin.roles());
        roles.addAll(READING_ROLES);
        roles.addAll(CountyAccess.sensitiveRoles());
        CurrentUser reader = new CurrentUser(sysadmin.username(), sysadmin.displayName(), roles, Set.of());
        try {
            CurrentUserHolder.set(reader);
            return TenancyHolder.callAs(Tenancy.reading(Set.of(county)), work);
        } finally {
            CurrentUserHolder.set(sysadmin);
        }
    }
}
