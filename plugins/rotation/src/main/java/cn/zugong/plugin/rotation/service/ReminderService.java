package cn.zugong.plugin.rotation.service;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.data.Finding;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.List;

/**
 * The officers' reminders (issue item 9), as platform notices for the county's users holding {@code
 * audience}: how many cadres become due within the rule's months, and how many avoidance findings
 * have stood open past the rule's days. One notice each, with the number (one per cadre would bury
 * the officers), replaced when the number changes and withdrawn when it falls to none. The run first
 * scans for new findings, so the daily job also keeps the findings current.
 */
public final class ReminderService {

    static final String BECOMING_DUE = "due/becoming";
    static final String FINDINGS_OPEN = "findings/open";

    private final PluginContext context;
    private final PluginPermission audience;
    private final RuleSource rules;
    private final DueService due;
    private final AvoidanceService avoidance;

    /** How a run went: cadres becoming due, findings raised by the scan, findings open too long. */
    public record Run(long becomingDue, int raised, long openTooLong) {}

    public ReminderService(PluginContext context, PluginPermission audience) {
        this.context = context;
        this.audience = audience;
        this.rules = new RuleSource(context);
        this.due = new DueService(context);
        this.avoidance = new AvoidanceService(context);
    }

    public Run run(TenantId county) {
        LocalDate today = rules.today();
        RuleValues values = rules.rules(county, today);
        DueService.DueLists lists = due.lists(county, today);
        long becoming = DueService.DueLists.cadres(lists.becoming());
        post(
                BECOMING_DUE,
                becoming,
                "rotation.notice.becomingDue",
                List.of(
                        String.valueOf(becoming),
                        today.plusMonths(values.reminderDueMonths()).toString()),
                "rotation");
        int raised = avoidance.scan(county).raised().size();
        LocalDate before = today.minusDays(values.reminderFindingDays());
        long old = avoidance.open(county).stream()
                .map(Finding::detectedOn)
                .filter(d -> d.isBefore(before))
                .count();
        post(
                FINDINGS_OPEN,
                old,
                "rotation.notice.findingsOpen",
                List.of(String.valueOf(old), String.valueOf(values.reminderFindingDays())),
                AppointmentChecks.EVIDENCE);
        return new Run(becoming, raised, old);
    }

    private void post(String key, long count, String message, List<String> args, String route) {
        if (count > 0) {
            context.notices().post(new Notice(key, audience, message, args, route));
        } else if (context.notices().keys().contains(key)) {
            context.notices().withdraw(key);
        }
    }
}
