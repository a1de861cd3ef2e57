package cn.zugong.api.job;

import cn.zugong.api.tenant.TenantId;
import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: work the platform runs periodically for each county that has the plugin
 * enabled, one county at a time, with that county as the request's writable tenant and in a
 * transaction of its own. A run that throws is logged with the plugin's id and does not stop the
 * other counties' runs.
 *
 * {@snippet class=cn.zugong.api.snippets.ScheduledJobSnippets region=scheduled-job :
 * @Extension
 * public class RemindBehind implements ScheduledJob {
 *     public String id() { return "training.remind-behind"; }
 *     public Duration every() { return Duration.ofDays(1); }
 *     public void run(TenantId county) { ... }
 * }
 * }
 */
public interface ScheduledJob extends ExtensionPoint {

    /** A stable id, unique on the platform, prefixed by the plugin's id. */
    String id();

    /** How often to run; at least a minute. */
    Duration every();

    /** One run for one county. */
    void run(TenantId county);
}
