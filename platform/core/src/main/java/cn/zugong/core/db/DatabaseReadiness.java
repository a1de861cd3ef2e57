package cn.zugong.core.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
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

    @Resource(lookup = "java:jboss/datasources/ZugongDS")
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database")
                .withData("migrated", migrator.migrated())
                .withData("schemaVersion", migrator.schemaVersion());
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
}
