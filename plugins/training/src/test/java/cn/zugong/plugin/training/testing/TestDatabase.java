package cn.zugong.plugin.training.testing;

import cn.zugong.plugin.training.data.TrainingEntities;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * An in-memory H2 database in the mode the platform runs H2 in, migrated with the plugin's own
 * Flyway scripts into the history table the platform gives a plugin, and an entity manager factory
 * of the plugin's entities that validates its mapping against that schema. The tenant of every
 * session comes from {@code tenant}, as the platform's resolver takes it from the request.
 */
public final class TestDatabase implements AutoCloseable {

    /** What the platform's resolver answers for a supervisor reading several counties. */
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

    private final String url;
    private final EntityManagerFactory factory;

    public TestDatabase(Supplier<String> tenant) {
        url = "jdbc:h2:mem:training-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .table("training_schema_history")
                .locations("classpath:db/plugin/training")
                .load()
                .migrate();
        CurrentTenantIdentifierResolver<String> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public String resolveCurrentTenantIdentifier() {
                return tenant.get();
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return true;
            }

            @Override
            public boolean isRoot(String tenantId) {
                return ROOT.equals(tenantId);
            }
        };
        factory = new HibernatePersistenceConfiguration("training-test")
                .managedClasses(new TrainingEntities().entityClasses().toArray(Class<?>[]::new))
                .property("jakarta.persistence.jdbc.url", url)
                .property("jakarta.persistence.jdbc.user", "sa")
                .property("jakarta.persistence.jdbc.password", "")
                .property("hibernate.tenant_identifier_resolver", resolver)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.time_zone", "UTC")
                .createEntityManagerFactory();
    }

    public EntityManagerFactory factory() {
        return factory;
    }

    /** How many rows a table has, past Hibernate and its tenant filter. */
    public long count(String table) {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables of the schema (lower case) and whether each has a {@code tenant_id} column. */
    public List<String[]> tablesWithTenantColumn() {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
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

    @Override
    public void close() {
        factory.close();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.createStatement().execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
