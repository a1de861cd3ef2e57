package cn.zugong.perf;

import cn.zugong.core.audit.AuditChainHead;
import cn.zugong.core.audit.AuditEvent;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.db.PerfMigration;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.ContextTenantResolver;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitPosition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The benchmarks' PostgreSQL database: created and migrated as the owner role, served through the
 * application role under row-level security, with the portal's own Hibernate mapping, tenant
 * resolver and tenant binding. Roles and passwords are those of the integration tests
 * ({@code zugong_owner}, {@code zugong_app}); system properties {@code zugong.perf.pg.*} override them.
 */
final class PerfDatabase {

    static final String HOST = System.getProperty("zugong.perf.pg.host", "127.0.0.1");
    static final String PORT = System.getProperty("zugong.perf.pg.port", "5432");
    static final String OWNER = System.getProperty("zugong.perf.pg.owner", "zugong_owner");
    static final String OWNER_PASSWORD = System.getProperty("zugong.perf.pg.owner-password", "zugong-owner-test");
    static final String APP = System.getProperty("zugong.perf.pg.app", "zugong_app");
    static final String APP_PASSWORD = System.getProperty("zugong.perf.pg.app-password", "zugong-app-test");
    static final String DEFAULT_NAME = "zugong_perf";

    /** The entities of the portal's persistence unit ({@code ui/src/main/resources/META-INF/persistence.xml}). */
    static final List<Class<?>> ENTITIES = List.of(
            Tenant.class,
            OrgUnit.class,
            TenantPlugin.class,
            Cadre.class,
            CadrePhoto.class,
            PostHolding.class,
            FamilyMember.class,
            Assessment.class,
            RewardPunishment.class,
            CadreStatusChange.class,
            UnitPosition.class,
            AuditEvent.class,
            AuditChainHead.class,
            SelectionCase.class,
            RecordedException.class,
            GateRecord.class);

    private final String name;

    PerfDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*") || name.equals("zugong_it")) {
            throw new IllegalArgumentException("Not a benchmark database name: " + name);
        }
        this.name = name;
    }

    String name() {
        return name;
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database + "?reWriteBatchedInserts="
                + System.getProperty("zugong.perf.rewrite", "true");
    }

    DataSource owner() {
        return dataSource(OWNER, OWNER_PASSWORD);
    }

    DataSource app() {
        return dataSource(APP, APP_PASSWORD);
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url(name));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    boolean exists() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), OWNER, OWNER_PASSWORD);
                ResultSet row = admin.createStatement()
                        .executeQuery("select count(*) from pg_database where datname = '" + name + "'")) {
            row.next();
            return row.getInt(1) > 0;
        }
    }

    void create() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), OWNER, OWNER_PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("create database " + name + " owner " + OWNER);
        }
    }

    void migrate() {
        PerfMigration.migrate(owner(), app(), APP);
    }

    /**
     * A Hibernate session factory like the portal's persistence unit, on connections of the given
     * role, each bound to the thread's tenancy ({@code TenancyHolder}).
     */
    static Sessions sessions(DataSource dataSource, int batchSize) {
        PerfConnections connections = new PerfConnections(dataSource);
        Configuration configuration = new Configuration();
        ENTITIES.forEach(configuration::addAnnotatedClass);
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        configuration.setProperty("hibernate.tenant_identifier_resolver", ContextTenantResolver.class.getName());
        configuration.getProperties().put("hibernate.multi_tenant_connection_provider", connections);
        SqlLog sql = new SqlLog();
        configuration.getProperties().put("hibernate.session_factory.statement_inspector", sql);
        configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
        configuration.setProperty("hibernate.jpa.compliance.query", "false");
        configuration.setProperty("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        configuration.setProperty("hibernate.jdbc.batch_size", Integer.toString(batchSize));
        configuration.setProperty("hibernate.order_inserts", "true");
        configuration.setProperty("hibernate.generate_statistics", System.getProperty("zugong.perf.stats", "false"));
        configuration.setProperty("hibernate.show_sql", System.getProperty("zugong.perf.show-sql", "false"));
        return new Sessions(configuration.buildSessionFactory(), connections, sql);
    }

    /** The last SQL statement Hibernate prepared on this thread, to print beside the hand-written one. */
    static final class SqlLog implements StatementInspector {
        private final ThreadLocal<String> last = new ThreadLocal<>();

        @Override
        public String inspect(String sql) {
            last.set(sql);
            return sql;
        }

        String last() {
            return last.get();
        }
    }

    record Sessions(SessionFactory factory, PerfConnections connections, SqlLog sql) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            factory.close();
            connections.closeAll();
        }
    }
}
