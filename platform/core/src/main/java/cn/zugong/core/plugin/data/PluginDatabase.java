package cn.zugong.core.plugin.data;

import cn.zugong.api.plugin.PluginEntities;
import cn.zugong.core.tenant.ContextTenantResolver;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * A plugin's own tables: migrated with Flyway from {@code db/plugin/<id>/} on the plugin's class
 * path into a history table of its own, as the owner role; checked to carry the plugin's prefix
 * and a {@code tenant_id}; on PostgreSQL put behind the tenant wall and granted to the plugins'
 * role; and mapped by an entity manager factory on the plugins' data source (that role), the
 * platform's JTA transactions and tenant resolver, and a connection binding that only the
 * platform can make ({@link PluginWallConnectionProvider}).
 */
@ApplicationScoped
public class PluginDatabase {

    private static final Logger LOG = Logger.getLogger(PluginDatabase.class.getName());

    @Resource(lookup = "java:jboss/datasources/ZugongMigrationDS")
    DataSource migrationDataSource;

    /**
     * Applies the plugin's pending migrations.
     *
     * @return the number applied
     * @throws PluginDataException when a migration fails or creates a table outside the plugin's prefix
     *     or without a tenant column (the migration is rolled back where the database allows)
     */
    public int migrate(String pluginId, ClassLoader pluginLoader) {
        String prefix = PluginEntities.tablePrefix(pluginId);
        String history = prefix + "schema_history";
        String location = "db/plugin/" + pluginId;
        if (pluginLoader.getResource(location) == null) {
            return 0;
        }
        boolean postgres = isPostgres();
        Set<String> before;
        try (Connection connection = migrationDataSource.getConnection()) {
            before = PrefixCheck.tables(connection);
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
        try {
            var result = Flyway.configure(pluginLoader)
                    .dataSource(migrationDataSource)
                    .table(history)
                    .locations("classpath:" + location)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .callbacks(new PrefixCheck(prefix, history, before))
                    .load()
                    .migrate();
            if (postgres) {
                wall(prefix, history);
                PluginRoleGrants.grant(migrationDataSource, prefix, history);
            }
            LOG.info(() -> "Plugin " + pluginId + ": " + result.migrationsExecuted + " migrations applied");
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new PluginDataException("plugin.failed.migration", rootMessage(e), e);
        }
    }

    /** The entity manager factory of a plugin's entity classes. */
    public EntityManagerFactory entityManagerFactory(String pluginId, List<Class<?>> entities, ClassLoader loader) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("plugin-" + pluginId)
                .transactionType(jakarta.persistence.PersistenceUnitTransactionType.JTA)
                .managedClasses(entities.toArray(Class<?>[]::new))
                .property("hibernate.classLoaders", List.of(loader))
                .property("hibernate.transaction.coordinator_class", "jta")
                .property(
                        "hibernate.transaction.jta.platform",
                        "org.hibernate.engine.transaction.jta.platform.internal.JBossAppServerJtaPlatform")
                .property("hibernate.tenant_identifier_resolver", new ContextTenantResolver())
                .property("hibernate.multi_tenant_connection_provider", connectionProvider())
                .property("hibernate.hbm2ddl.auto", "none")
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("hibernate.boot.allow_jdbc_metadata_access", "false")
                .property(
                        "hibernate.dialect",
                        isPostgres() ? "org.hibernate.dialect.PostgreSQLDialect" : "org.hibernate.dialect.H2Dialect");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return configuration.createEntityManagerFactory();
        } catch (RuntimeException e) {
            throw new PluginDataException("plugin.failed.mapping", rootMessage(e), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The plugin's tables (without its schema history), by name. */
    public List<String> tables(String pluginId) {
        String prefix = PluginEntities.tablePrefix(pluginId);
        try (Connection connection = migrationDataSource.getConnection()) {
            return PrefixCheck.tables(connection).stream()
                    .filter(t -> t.startsWith(prefix) && !t.equals(prefix + "schema_history"))
                    .sorted()
                    .toList();
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    /** Drops every table of the plugin and its schema history. */
    public void drop(String pluginId) {
        String prefix = PluginEntities.tablePrefix(pluginId);
        try (Connection connection = migrationDataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = connection
                    .getMetaData()
                    .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME");
                    if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                try (var statement = connection.createStatement()) {
                    statement.execute("drop table \"" + name.replace("\"", "") + "\" cascade");
                }
            }
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    DataSource owner() {
        return migrationDataSource;
    }

    /** The plugins' connections; on PostgreSQL with the wall's secret, read as the owner. */
    PluginWallConnectionProvider connectionProvider() {
        if (!isPostgres()) {
            return new PluginWallConnectionProvider("");
        }
        try (Connection connection = migrationDataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery("select secret from zugong_wall_key")) {
            if (!row.next()) {
                throw new PluginDataException("plugin.failed.database", "zugong_wall_key is empty", null);
            }
            return new PluginWallConnectionProvider(row.getString(1));
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    private void wall(String prefix, String history) {
        try (Connection connection = migrationDataSource.getConnection();
                PreparedStatement unwalled = connection.prepareStatement(
                        "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                                + " where n.nspname = current_schema() and c.relkind = 'r'"
                                + " and c.relname like ? and not c.relrowsecurity")) {
            unwalled.setString(1, prefix.replace("_", "\\_") + "%");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = unwalled.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                if (!table.equals(history)) {
                    try (PreparedStatement wall =
                            connection.prepareStatement("select zugong_tenant_wall(?::regclass)")) {
                        wall.setString(1, table);
                        wall.execute();
                    }
                }
            }
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    private boolean isPostgres() {
        try (Connection connection = migrationDataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
