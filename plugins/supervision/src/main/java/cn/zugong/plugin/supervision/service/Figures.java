package cn.zugong.plugin.supervision.service;

import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.data.MattersRepository;
import cn.zugong.plugin.supervision.data.ReportEntity;
import cn.zugong.plugin.supervision.data.ReportRepository;
import cn.zugong.plugin.supervision.matters.MattersStatus;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard's figures for one county (issue 20 item 9), counts only: no report is named. The
 * platform sums them for a supervisor's scope.
 */
public final class Figures {

    private static final List<MattersStatus> SELECTED = Arrays.stream(MattersStatus.values())
            .filter(s -> s != MattersStatus.DUE && s != MattersStatus.SUBMITTED && s != MattersStatus.NOT_SELECTED)
            .toList();

    private final PluginContext context;

    public Figures(PluginContext context) {
        this.context = context;
    }

    /** Open reports within their limits, of the open reports. */
    public Measure reportsOnTime(TenantId county) {
        List<ReportEntity> open = context.persistence().inTransaction(em -> new ReportRepository(em, county).open());
        if (open.isEmpty()) {
            return new Measure(0, 0);
        }
        ReportService.Timing timing = new ReportService(context).timing(county);
        long onTime = open.stream()
                .filter(r -> !timing.deadlines(r).overdue(r.status(), timing.today()))
                .count();
        return new Measure(onTime, open.size());
    }

    /** Checks done (verified to the end), of the reports selected for a random or focused check. */
    public Measure checksDone(TenantId county) {
        List<MattersEntity> selected =
                context.persistence().inTransaction(em -> new MattersRepository(em, county).inStatus(SELECTED));
        long done = selected.stream().filter(m -> m.status().checked()).count();
        return new Measure(done, selected.size());
    }

    /** Running trials whose end assessment is due, of the running trials. */
    public Measure trialsDue(TenantId county) {
        List<TrialService.TrialView> running = new TrialService(context).runningIn(county);
        return new Measure(
                running.stream().filter(TrialService.TrialView::assessmentDue).count(), running.size());
    }

    /**
     * Economic responsibility audits in place, of those the county's open selection cases need: a
     * 任前 audit reported, a 离任 audit started (DOMAIN §4.6).
     */
    public Measure auditsInPlace(TenantId county) {
        List<AuditNeeds.Need> needs = new AuditNeeds(context).openCases(county);
        long inPlace = needs.stream().filter(AuditNeeds.Need::inPlace).count();
        return new Measure(inPlace, needs.size());
    }
}
