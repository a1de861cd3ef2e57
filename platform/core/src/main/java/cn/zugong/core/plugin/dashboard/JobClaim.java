package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The PostgreSQL side of running a job once per county and slot across nodes, in the run's own
 * transaction (bound to the county's tenancy): a transaction-level advisory lock on the job, county
 * and slot, so that a second node gives up at once instead of waiting while the first one runs,
 * then the county's lease row moved forward to the slot, so that a node coming after the first
 * one's commit finds the slot taken. A run that fails rolls both back and the slot stays open.
 */
public final class JobClaim {

    private JobClaim() {}

    /** Whether this transaction won the slot; the caller then runs the job and commits. */
    public static boolean claim(Connection db, JobSlot slot, Instant now) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, "zugong.job/" + slot.key() + "/" + slot.slot());
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next() || !row.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (PreparedStatement lease = db.prepareStatement(
                "insert into plugin_job_lease (tenant_id, plugin_id, job_id, slot, claimed_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (tenant_id, plugin_id, job_id) do update"
                        + " set slot = excluded.slot, claimed_at = excluded.claimed_at"
                        + " where plugin_job_lease.slot < excluded.slot")) {
            lease.setString(1, slot.county().code());
            lease.setString(2, slot.pluginId());
            lease.setString(3, slot.jobId());
            lease.setLong(4, slot.slot());
            lease.setTimestamp(5, Timestamp.from(now));
            return lease.executeUpdate() == 1;
        }
    }

    /** Opens the county's slots again, so that its jobs are due at the next tick of any node. */
    public static int release(Connection db, TenantId county) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from plugin_job_lease where tenant_id = ?")) {
            delete.setString(1, county.code());
            return delete.executeUpdate();
        }
    }
}
