package cn.zugong.core.testdb;

import cn.zugong.core.audit.AuditChainHead;
import cn.zugong.core.audit.AuditEvent;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.tenant.ContextTenantResolver;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * An in-memory H2 database (PostgreSQL mode, as the run default) with the portal's own migrations
 * and a Hibernate mapping of the given entities plus the audit trail's, so that services can be
 * exercised without a server. Services are wired by hand, as CDI wires them; rows for the fixture
 * are inserted with plain JDBC, as the owner would, past Hibernate's tenant filter.
 */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final SessionFactory sessions;

    public TestDatabase(Class<?>... entities) {
        url = "jdbc:h2:mem:test-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/common")
                .load()
                .migrate();
        Configuration configuration =
                new Configuration().addAnnotatedClass(AuditEvent.class).addAnnotatedClass(AuditChainHead.class);
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        sessions = configuration
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .setProperty("hibernate.tenant_identifier_resolver", ContextTenantResolver.class.getName())
                .buildSessionFactory();
    }

    /** The database's JDBC address, for tests that read it as the owner would. */
    public String url() {
        return url;
    }

    public EntityManager entityManager() {
        return sessions.createEntityManager();
    }

    /** An audit trail writing through the entity manager. */
    public static AuditTrail auditTrail(EntityManager em) {
        return wire(new AuditTrail(), "em", em);
    }

    /** Sets a field the container would inject. */
    public static <T> T wire(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public void tenant(String code) throws SQLException {
        execute(
                "insert into tenant (code, path, name_zh, name_en) values (?, ?, ?, ?)",
                code,
                "/" + code + "/",
                code,
                code);
    }

    public void execute(String sql, Object... values) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The first column of the first row, as a long. */
    public long count(String sql, Object... values) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    public void close() {
        sessions.close();
    }
}
