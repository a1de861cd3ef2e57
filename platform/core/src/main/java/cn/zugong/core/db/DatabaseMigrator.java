package cn.zugong.core.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the core schema with Flyway at start-up, as the owner role of the migration data
 * source. PostgreSQL gets the row-level security policies on top ({@code db/postgresql}); the
 * role that serves requests ({@code zugong.db.app-role}) gets the grants, and the plugins' role
 * ({@code zugong.db.plugin-role}) the schema and {@code zugong_enter_plugin} only (its rights on
 * each plugin's tables come with the plugin's migrations).
 */
@ApplicationScoped
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/ZugongMigrationDS")
    DataSource migrationDataSource;

    @Resource(lookup = "java:jboss/datasources/ZugongDS")
    DataSource appDataSource;

    private volatile boolean migrated;
    private volatile String schemaVersion = "";

    public void migrate() {
        boolean postgres = isPostgres(migrationDataSource);
        List<String> locations = new ArrayList<>(List.of("classpath:db/common"));
        if (postgres) {
            locations.add("classpath:db/postgresql");
        }
        var result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(migrationDataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(Map.of(
                        "appRole", System.getProperty("zugong.db.app-role", ""),
                        "pluginRole", System.getProperty("zugong.db.plugin-role", "")))
                .load()
                .migrate();
        LOG.info(() -> "Database migrated: " + result.migrationsExecuted + " migrations applied");
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        migrated = true;
        if (postgres) {
            warnIfWallBypassed();
            warnIfPluginsShareTheAppRole();
        }
    }

    /** Whether the start-up migration ran to the end: no migration of this build is pending. */
    public boolean migrated() {
        return migrated;
    }

    /** The schema version the start-up migration left, or empty before it ran. */
    public String schemaVersion() {
        return schemaVersion == null ? "" : schemaVersion;
    }

    /** Plugins on the portal's own role reach every core table with SQL (see README, PostgreSQL). */
    private static void warnIfPluginsShareTheAppRole() {
        String plugins = System.getProperty("zugong.db.plugin-role", "");
        if (plugins.isBlank() || plugins.equals(System.getProperty("zugong.db.app-role", ""))) {
            LOG.warning("Plugins connect with the portal's database role: set ZUGONG_DB_PLUGIN_USER to a role"
                    + " of their own (see README, PostgreSQL)");
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable", e);
        }
    }

    /** A superuser or BYPASSRLS role would not see the tenant wall at all. */
    private void warnIfWallBypassed() {
        try (Connection connection = appDataSource.getConnection();
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (row.next() && row.getBoolean(1)) {
                LOG.severe("The portal's database role bypasses row-level security: use a role that is neither"
                        + " superuser nor BYPASSRLS (see README, PostgreSQL)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database not reachable", e);
        }
    }
}
