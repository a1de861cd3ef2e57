package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.service.ReminderService;
import cn.zugong.plugin.reserve.ui.ReserveViews;
import java.time.Duration;
import java.util.logging.Logger;
import org.pf4j.Extension;

/** {@code reserve.reminders}, daily per county: members due for review and nearing the age limit (item 6). */
@Extension
public class ReminderJob implements ScheduledJob {

    public static final String ID = "reserve.reminders";

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private final ReminderService reminders;

    public ReminderJob(PluginContext context) {
        this.reminders = new ReminderService(context, ReserveViews.MANAGE);
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
        LOG.fine(() -> "Reserve reminders for " + county + ": " + run);
    }
}
