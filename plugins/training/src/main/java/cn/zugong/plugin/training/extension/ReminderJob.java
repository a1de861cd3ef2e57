package cn.zugong.plugin.training.extension;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.service.ReminderService;
import cn.zugong.plugin.training.ui.TrainingViews;
import java.time.Duration;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * {@code training.reminders}, daily per county (DOMAIN V-T5, issue item 8): checks the open T2
 * follow-ups, raises the reminders that have become due and records those behind schedule (deadline
 * passed, still unmet), and finds the cadres falling behind in the year or the window. Each becomes
 * a platform notice for the county's users holding {@code training.manage}; the catalogue page
 * lists the follow-ups too.
 */
@Extension
public class ReminderJob implements ScheduledJob {

    public static final String ID = "training.reminders";

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private final ReminderService reminders;

    public ReminderJob(PluginContext context) {
        this.reminders = new ReminderService(context, TrainingViews.MANAGE);
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
        LOG.fine(() -> "Training reminders for " + county + ": " + run);
    }
}
