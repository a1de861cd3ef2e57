package cn.zugong.testkit.context;

import cn.zugong.api.plugin.PluginEntities;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * An in-memory H2 database in the mode the platform runs H2 in, migrated as the platform migrates a
 * plugin: Flyway scripts from {@code db/plugin/<plugin id>/} on the class path, history in {@code
 * <prefix>schema_history}, and every table named with the plugin's prefix and carrying a {@code
 * tenant_id} column (else the migration fails the test, as the platform refuses the install).
 *
 * <p>To test an upgrade migration, migrate to the version before it, write rows as the older
 * plugin did, then migrate the rest:
 *
 * <pre>{@code
 * try (PluginDatabase db = new PluginDatabase("health-exam")) {
 *     db.migrate("1");
 *     db.execute("insert into health_exam_record (id, tenant_id, cadre_id) values (?, ?, ?)", id, "510115", cadre);
 *     db.migrate();
 *     assertThat(db.count("health_exam_record")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class PluginDatabase implements AutoCloseable {

    /** What the platform's tenant resolver answers for a supervisor reading several counties. */
    public static final String ROOT = "*";

    /** Kept referenced: the levels of loggers that are collected are forgotten. */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.hibernate"),
            Logger.getLogger("org.flywaydb"),
            Logger.getLogger("org.hibernate.orm.connections.pooling"));

    static {
        QUIET.get(0).setLevel(Level.WARNING);
        QUIET.get(1).setLevel(Level.WARNING);
        // Hibernate's own pool warns that it is not for production: it is not used there.
        QUIET.get(2).setLevel(Level.SEVERE);
    }

    private final String pluginId;
    private final String url;

    /** A new, empty database for the plugin; nothing migrated yet. */
    public PluginDatabase(String pluginId) {
        this.pluginId = pluginId;
        this.url = "jdbc:h2:mem:" + pluginId + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    /** The JDBC URL (user {@code sa}, no password), for {@link TestEntityManagers} and direct reads. */
    public String url() {
        return url;
    }

    /** The plugin's id. */
    public String pluginId() {
        return pluginId;
    }

    /** Applies every pending migration; returns how many. */
    public int migrate() {
        return migrate(MigrationVersion.LATEST);
    }

    /** Applies the pending migrations up to and with {@code version} (such as {@code "1"}); returns how many. */
    public int migrate(String version) {
        return migrate(MigrationVersion.fromVersion(version));
    }

    private int migrate(MigrationVersion target) {
        String prefix = PluginEntities.tablePrefix(pluginId);
        String history = prefix + "schema_history";
        List<String> before = tablesWithTenantColumn().stream().map(t -> t[0]).toList();
        int applied = Flyway.configure()
                .dataSource(url, "sa", "")
                .table(history)
                .locations("classpath:db/plugin/" + pluginId)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target(target)
                .load()
                .migrate()
                .migrationsExecuted;
        for (String[] table : tablesWithTenantColumn()) {
            if (table[0].equals(history) || before.contains(table[0])) {
                continue;
            }
            if (!table[0].startsWith(prefix) || table[1].equals("0")) {
                throw new AssertionError("Table " + table[0] + " would be refused by the platform: every table of "
                        + pluginId + " starts with " + prefix + " and has a tenant_id column");
            }
        }
        return applied;
    }

    /** Runs one SQL statement with parameters, past Hibernate and its tenant filter; returns the update count. */
    public int execute(String sql, Object... parameters) {
        try (Connection db = connection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.execute() ? 0 : statement.getUpdateCount();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many rows a table has, in every tenant. */
    public long count(String table) {
        try (Connection db = connection();
                ResultSet rows = db.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables of the schema (lower case), each with the number of its {@code tenant_id} columns (0 or 1). */
    public List<String[]> tablesWithTenantColumn() {
        try (Connection db = connection();
                ResultSet rows = db.createStatement()
                        .executeQuery("select t.table_name, (select count(*) from information_schema.columns c"
                                + " where c.table_schema = t.table_schema and c.table_name = t.table_name"
                                + " and lower(c.column_name) = 'tenant_id') from information_schema.tables t"
                                + " where t.table_schema = current_schema and t.table_type = 'BASE TABLE'")) {
            List<String[]> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(new String[] {rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2)});
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new connection to the database; the caller closes it. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    /** Drops the database. */
    @Override
    public void close() {
        try (Connection db = connection()) {
            db.createStatement().execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
