package cn.zugong.api.snippets;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.tenant.TenantId;
import java.time.Duration;
import org.pf4j.Extension;

// spotless:off
class ScheduledJobSnippets {
    static void remindBehind(TenantId county) {}

    @Extension // @start region=scheduled-job
    public static class RemindBehind implements ScheduledJob { // @replace substring="static " replacement=""
        public String id() { return "training.remind-behind"; }
        public Duration every() { return Duration.ofDays(1); }
        public void run(TenantId county) { remindBehind(county); } // @replace regex="\{.*\}" replacement="{ ... }"
    }
    // @end
}
// spotless:on
