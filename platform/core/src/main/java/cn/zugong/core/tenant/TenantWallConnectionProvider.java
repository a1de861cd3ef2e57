package cn.zugong.core.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate connections of the portal's data source and, on PostgreSQL, binds them to the
 * request's tenancy with transaction-local settings that the row-level security policies read.
 *
 * <p>The settings are transaction-local on purpose: nothing is reset on release (under JTA the
 * connection is released after commit, when a reset would fail and leave the pooled connection
 * bound to the previous county).
 */
public class TenantWallConnectionProvider implements MultiTenantConnectionProvider<String> {

    public static final String DATASOURCE = "java:jboss/datasources/ZugongDS";

    private transient volatile DataSource dataSource;
    private transient volatile Boolean postgres;

    private DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup(DATASOURCE);
            } catch (NamingException e) {
                throw new IllegalStateException("Data source " + DATASOURCE + " not bound", e);
            }
        }
        return dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return getConnection(ContextTenantResolver.NO_TENANT);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        Connection connection = dataSource().getConnection();
        if (postgres == null) {
            postgres = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        }
        if (postgres) {
            bind(connection, TenancyHolder.current());
        }
        return connection;
    }

    /** Binds a PostgreSQL connection's current transaction to a tenancy. */
    public static void bind(Connection connection, Tenancy tenancy) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('zugong.tenant', ?, true), set_config('zugong.read_tenants', ?, true)")) {
            statement.setString(1, tenancy.writable().map(t -> t.code()).orElse(""));
            statement.setString(2, tenancy.readableCsv());
            statement.execute();
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
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
