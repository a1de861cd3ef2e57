package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.service.ReminderService;
import cn.zugong.plugin.rotation.ui.RotationViews;
import java.time.Duration;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * {@code rotation.reminders}, daily per county (issue item 9): scans for avoidance findings, then
 * reminds the county's users holding {@code rotation.manage} of cadres becoming due within the
 * rule's months and of findings open past the rule's days.
 */
@Extension
public class ReminderJob implements ScheduledJob {

    public static final String ID = "rotation.reminders";

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private final ReminderService reminders;

    public ReminderJob(PluginContext context) {
        this.reminders = new ReminderService(context, RotationViews.MANAGE);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Duration every() {
        return Duration.ofDays(1);
    }

    @Override
    public void run(TenantId county) {
        ReminderService.Run run = reminders.run(county);
        LOG.fine(() -> "Rotation reminders for " + county + ": " + run);
    }
}
