package cn.zugong.core.testdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The local PostgreSQL's streaming replica (a hot standby on port 5433; README "PostgreSQL",
 * replica, and {@code .ci/run} set it up). A scratch database made on the primary reaches it by
 * replication. Without a replica in recovery the calling test is skipped, unless {@code CI=true},
 * where it fails.
 */
public final class ScratchReplica {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5433/";
    private static final String APP_PASSWORD = "zugong-app-test";
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private ScratchReplica() {}

    /** Skips (or, under CI, fails) the calling test unless a hot standby answers on port 5433. */
    public static void require() throws SQLException {
        try (Connection replica = source("postgres").getConnection();
                Statement sql = replica.createStatement();
                ResultSet row = sql.executeQuery("select pg_is_in_recovery()")) {
            row.next();
            if (!row.getBoolean(1)) {
                throw new SQLException("The server on port 5433 is not a replica (not in recovery)");
            }
        } catch (SQLException noReplica) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw noReplica;
            }
            Assumptions.abort("No PostgreSQL replica on port 5433: " + noReplica.getMessage());
        }
    }

    /**
     * The portal's role on the replica of a scratch database, once the database and everything
     * written to it so far (its migrations) have arrived there.
     */
    public static DataSource of(ScratchPostgres primary) throws SQLException {
        DataSource replica = source(primary.name());
        awaitReplay(primary, replica);
        return replica;
    }

    /**
     * Waits (up to a minute) until the replica has replayed the primary's write-ahead log up to its
     * current position: everything committed on the primary before the call is then on the replica.
     */
    public static void awaitReplay(ScratchPostgres primary, DataSource replica) throws SQLException {
        String position;
        try (Connection owner = primary.owner().getConnection();
                Statement sql = owner.createStatement();
                ResultSet row = sql.executeQuery("select pg_current_wal_lsn()::text")) {
            row.next();
            position = row.getString(1);
        }
        Instant deadline = Instant.now().plus(ARRIVAL);
        while (true) {
            try (Connection connection = replica.getConnection();
                    PreparedStatement replayed =
                            connection.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
                replayed.setString(1, position);
                try (ResultSet row = replayed.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        return;
                    }
                }
            } catch (SQLException notYet) {
                // The database itself may not have arrived yet.
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new SQLException("The replica did not replay " + position + " within " + ARRIVAL);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static DataSource source(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(URL + database);
        source.setUser(ScratchPostgres.APP);
        source.setPassword(APP_PASSWORD);
        return source;
    }
}
