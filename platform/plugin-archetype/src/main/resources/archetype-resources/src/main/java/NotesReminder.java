package ${package};

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;

/**
 * Once a day for each county: a notice for the county's users while it has written no note this
 * month, withdrawn once it has.
 */
@Extension
public class NotesReminder implements ScheduledJob {

    /** The key of the notice; posting it again replaces it. */
    static final String NOTICE = "none-this-month";

    private final PluginContext context;
    private final Notes notes;

    public NotesReminder(PluginContext context) {
        this.context = context;
        this.notes = new Notes(context);
    }

    @Override
    public String id() {
        return NotesPlugin.key("reminder");
    }

    @Override
    public Duration every() {
        return Duration.ofDays(1);
    }

    @Override
    public void run(TenantId county) {
        if (notes.thisMonth(county).achieved() == 0) {
            context.notices()
                    .post(new Notice(NOTICE, NotesPlugin.VIEW, NotesPlugin.key("notice.none"), List.of(), NotesPlugin.ID));
        } else {
            context.notices().withdraw(NOTICE);
        }
    }
}
