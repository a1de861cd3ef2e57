package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;

/**
 * One due run of a plugin's scheduled job for a county: the slot of the job's period (counted from
 * the epoch) that a tick falls in. Every node computes the same slot for the same moment, so the
 * slot is what the nodes agree to run once ({@link JobClaim}).
 */
public record JobSlot(String pluginId, String jobId, TenantId county, long slot) {

    /** The slot of {@code every} that {@code at} falls in. */
    public static JobSlot of(String pluginId, String jobId, TenantId county, Duration every, Instant at) {
        return new JobSlot(pluginId, jobId, county, Math.floorDiv(at.getEpochSecond(), every.toSeconds()));
    }

    /** The job and county, whatever the slot. */
    public String key() {
        return pluginId + "/" + jobId + "/" + county.code();
    }
}
