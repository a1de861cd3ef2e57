package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.Problem;
import cn.zugong.plugin.supervision.Refused;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.data.ReportRepository;
import java.util.List;
import java.util.Map;

/**
 * What the Excel exports read (issue 20; the pages write the workbook with the SDK's {@code
 * Spreadsheets}): every report of the county, for holders of {@code supervision.reports} only, and a
 * year's personal-matters check results. An export is a read of everything in it and is recorded
 * as such, with the ids exported and never their content.
 */
public final class Exports {

    /** The most rows one export holds: a county registers far fewer reports or reports a year. */
    public static final int MAX_ROWS = 10_000;

    private final PluginContext context;
    private final Access access;

    public Exports(PluginContext context) {
        this.context = context;
        this.access = new Access(context);
    }

    /** The county's reports, newest first, with their subjects and deadlines; recorded as {@code report.export}. */
    public List<ReportService.ReportView> reports() {
        TenantId county = access.reading(SupervisionPermissions.REPORTS);
        List<ReportEntity> all =
                context.persistence().inTransaction(em -> new ReportRepository(em, county).page(0, MAX_ROWS));
        record(
                "report.export",
                "supervision_report",
                county,
                all.stream().map(r -> r.id().toString()).toList());
        ReportService service = new ReportService(context);
        return all.stream().map(r -> service.view(county, r)).toList();
    }

    /**
     * The reports of a year drawn for the random check or taken for a focused one, with where their
     * check stands, finding and handling; recorded as {@code matters.export}.
     */
    public List<MattersService.MattersView> checkResults(Integer year) {
        TenantId county = access.reading(SupervisionPermissions.VIEW);
        if (year == null) {
            throw new Refused(Problem.of("year", "supervision.field.required"));
        }
        List<MattersEntity> checked =
                context.persistence().inTransaction(em -> new MattersRepository(em, county).ofYear(year)).stream()
                        .filter(m -> m.drawn() || m.focusReason().isPresent())
                        .limit(MAX_ROWS)
                        .toList();
        record(
                "matters.export",
                "supervision_matters",
                county,
                checked.stream().map(m -> m.id().toString()).toList());
        MattersService service = new MattersService(context);
        return checked.stream().map(service::view).toList();
    }

    private void record(String action, String subjectType, TenantId county, List<String> ids) {
        context.audit()
                .record(
                        action,
                        subjectType,
                        county.code(),
                        county.code(),
                        Map.of(),
                        Map.of("ids", ids, "rows", ids.size()));
    }
}
