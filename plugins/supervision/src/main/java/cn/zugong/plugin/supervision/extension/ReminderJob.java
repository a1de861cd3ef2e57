package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.service.ReminderService;
import java.time.Duration;
import java.util.logging.Logger;
import org.pf4j.Extension;

/** {@code supervision.reminders}, daily per county: trial assessments due and overdue reports, as notices. */
@Extension
public class ReminderJob implements ScheduledJob {

    public static final String ID = "supervision.reminders";

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private final ReminderService reminders;

    public ReminderJob(PluginContext context) {
        this.reminders = new ReminderService(context);
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
        LOG.fine(() -> "Supervision reminders for " + county + ": " + run);
    }
}
