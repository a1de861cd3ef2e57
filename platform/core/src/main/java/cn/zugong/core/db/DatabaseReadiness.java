package cn.zugong.core.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers a query on the portal's own data source (within 2 s) and
 * the schema is migrated: the start-up migration ran to the end ({@link DatabaseMigrator}), so no
 * migration of this build is pending (new ones come only with a new deployment, which migrates
 * before it serves).
 *
 * <p>A query that fails on a connection the pool kept from before a database restart destroys that
 * connection (the data source's exception sorter, see deployment's configure.cli), so the check is
 * ready again as soon as the database is, without restarting the server.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    /** How long the reports' source is waited for: readiness must answer the balancer quickly. */
    private static final int REPORTS_WAIT_SECONDS = 1;

    /**
     * Where the reports' source is asked: a thread of its own per check, since the health checks
     * run on WildFly's management threads, where no component context (such as the managed
     * executor's {@code java:comp} name) is reachable; the probe needs none, only the data source.
     */
    private static final ExecutorService PROBES = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("zugong-reports-probe").factory());

    @Resource(lookup = "java:jboss/datasources/ZugongDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/datasources/ZugongReportsDS")
    DataSource reports;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database")
                .withData("migrated", migrator.migrated())
                .withData("schemaVersion", migrator.schemaVersion());
        reports(response);
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement()) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            query.execute("select 1");
            return response.withData("reachable", true)
                    .status(migrator.migrated())
                    .build();
        } catch (SQLException e) {
            return response.withData("reachable", false)
                    .withData("error", String.valueOf(e.getSQLState()))
                    .down()
                    .build();
        }
    }

    /**
     * What the reports read: the replica, the primary, or nothing reachable. Asked on another thread
     * and waited for a second at most, since a replica behind a lost network would hold the connect for
     * the driver's whole timeout, and the balancer's check with it.
     */
    private void reports(HealthCheckResponseBuilder response) {
        Map<String, String> data;
        try {
            data = PROBES.submit(this::reportsSource).get(REPORTS_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            data = Map.of("reports", "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            data = Map.of("reports", "unreachable");
        }
        data.forEach(response::withData);
    }

    private Map<String, String> reportsSource() {
        try (Connection connection = reports.getConnection();
                Statement query = connection.createStatement()) {
            query.setQueryTimeout(TIMEOUT_SECONDS);
            if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                query.execute("select 1");
                return Map.of("reports", "primary");
            }
            try (ResultSet row =
                    query.executeQuery("select pg_is_in_recovery(), cast(pg_last_xact_replay_timestamp() as text)")) {
                row.next();
                if (!row.getBoolean(1)) {
                    return Map.of("reports", "primary");
                }
                return row.getString(2) == null
                        ? Map.of("reports", "replica")
                        : Map.of("reports", "replica", "reportsReplayedAt", row.getString(2));
            }
        } catch (SQLException e) {
            return Map.of("reports", "unreachable");
        }
    }
}
