package cn.zugong.core.testdb;

import cn.zugong.core.audit.AuditChainHead;
import cn.zugong.core.audit.AuditEvent;
import cn.zugong.core.tenant.ContextTenantResolver;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * The portal's Hibernate mapping of the given entities (and the audit trail's) on a PostgreSQL
 * data source, every connection bound to the thread's tenancy through {@code zugong_enter} as the
 * server binds it ({@link TenantWallConnectionProvider#bind}): services wired by hand then read and
 * write under the tenant wall's row-level security, in resource-local transactions.
 */
public final class WalledSessions implements AutoCloseable {

    private final SessionFactory sessions;

    public WalledSessions(DataSource dataSource, Class<?>... entities) {
        Configuration configuration =
                new Configuration().addAnnotatedClass(AuditEvent.class).addAnnotatedClass(AuditChainHead.class);
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        configuration.setProperty("hibernate.tenant_identifier_resolver", ContextTenantResolver.class.getName());
        configuration.getProperties().put("hibernate.multi_tenant_connection_provider", new Bound(dataSource));
        configuration.setProperty("hibernate.jdbc.time_zone", "UTC");
        configuration.setProperty("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
        configuration.setProperty("hibernate.jdbc.batch_size", "50");
        configuration.setProperty("hibernate.order_inserts", "true");
        sessions = configuration.buildSessionFactory();
    }

    /** Runs {@code work} in one transaction of a new entity manager, as a request does, and commits. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = sessions.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        sessions.close();
    }

    /** Connections of the data source, auto-commit off, bound to the thread's tenancy. */
    private record Bound(DataSource dataSource) implements MultiTenantConnectionProvider<String> {
        @Override
        public Connection getAnyConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void releaseAnyConnection(Connection connection) throws SQLException {
            connection.close();
        }

        @Override
        public Connection getConnection(String tenantIdentifier) throws SQLException {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            TenantWallConnectionProvider.bind(connection, TenancyHolder.current());
            return connection;
        }

        @Override
        public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
            connection.rollback();
            connection.close();
        }

        @Override
        public boolean supportsAggressiveRelease() {
            return false;
        }

        @Override
        public boolean isUnwrappableAs(Class<?> unwrapType) {
            return false;
        }

        @Override
        public <T> T unwrap(Class<T> unwrapType) {
            throw new UnsupportedOperationException(unwrapType.getName());
        }
    }
}
