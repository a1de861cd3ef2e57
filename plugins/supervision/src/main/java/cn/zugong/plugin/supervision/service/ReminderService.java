package cn.zugong.plugin.supervision.service;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.data.ReportRepository;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The daily reminders (issue 20 items 6 and 9), as platform notices: one per running trial whose
 * end assessment is due (from {@code trial.reminder.days} before its end; the selection module has
 * none), for the holders of {@code supervision.manage}; and one with the number of overdue reports,
 * for the holders of {@code supervision.reports} only, naming no report. A notice no longer true is
 * withdrawn; the run withdraws only keys it finds posted.
 */
public final class ReminderService {

    static final String OVERDUE_REPORTS = "reports/overdue";
    static final String TRIAL = "trial/";

    private final PluginContext context;
    private final Rules rules;
    private final TrialService trials;

    public ReminderService(PluginContext context) {
        this.context = context;
        this.rules = new Rules(context);
        this.trials = new TrialService(context);
    }

    /**
     * How a run went.
     *
     * @param trialsDue running trials whose assessment is due
     * @param overdueReports open reports past their limit
     */
    public record Run(int trialsDue, int overdueReports) {}

    public Run run(TenantId county) {
        LocalDate today = rules.today();
        Set<String> posted = new HashSet<>(context.notices().keys());
        Set<String> current = new HashSet<>();
        int due = 0;
        for (TrialService.TrialView trial : trials.runningIn(county)) {
            if (trial.assessmentDue()) {
                due++;
                String key = TRIAL + trial.trial().id();
                current.add(key);
                context.notices()
                        .post(new Notice(
                                key,
                                SupervisionPermissions.MANAGE,
                                "supervision.notice.trialDue",
                                List.of(
                                        trial.cadre().map(c -> c.name()).orElse(""),
                                        trial.trial().endOn().toString()),
                                "supervision/trials"));
            }
        }
        List<ReportEntity> open = context.persistence().inTransaction(em -> new ReportRepository(em, county).open());
        int overdue = 0;
        if (!open.isEmpty()) {
            ReportService.Timing timing = new ReportService(context).timing(county);
            for (ReportEntity report : open) {
                overdue += timing.deadlines(report).overdue(report.status(), today) ? 1 : 0;
            }
        }
        if (overdue > 0) {
            current.add(OVERDUE_REPORTS);
            context.notices()
                    .post(new Notice(
                            OVERDUE_REPORTS,
                            SupervisionPermissions.REPORTS,
                            "supervision.notice.reportsOverdue",
                            List.of(String.valueOf(overdue)),
                            "supervision/reports"));
        }
        posted.removeAll(current);
        // A public report's notice stays until the report is registered (PublicReportService).
        posted.removeIf(key -> key.startsWith(PublicReportService.NOTICE));
        posted.forEach(context.notices()::withdraw);
        return new Run(due, overdue);
    }
}
