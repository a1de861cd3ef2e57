package cn.zugong.plugin.training.extension;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.service.FollowUpService;
import java.time.Duration;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * {@code training.reminders}, daily per county (DOMAIN V-T5): checks the open T2 follow-ups, raises
 * the reminders that have become due and records those behind schedule (deadline passed, still
 * unmet). The platform has no notification service: officers see them on the catalogue page.
 */
@Extension
public class ReminderJob implements ScheduledJob {

    public static final String ID = "training.reminders";

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    private final FollowUpService followUps;

    public ReminderJob(PluginContext context) {
        this.followUps = new FollowUpService(context);
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
        FollowUpService.ReminderRun run = followUps.remind(county);
        LOG.fine(() -> "Training reminders for " + county + ": " + run);
    }
}
