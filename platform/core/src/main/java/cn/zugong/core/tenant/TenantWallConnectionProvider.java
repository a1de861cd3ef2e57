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
 * The settings count only when entered through {@code zugong_enter} (migration V13_1), which
 * proves them for the current transaction; a {@code set_config} of its own is not honoured.
 *
 * <p>The settings are transaction-local on purpose: nothing is reset on release (under JTA the
 * connection is released after commit, when a reset would fail and leave the pooled connection
 * bound to the previous county).
 */
public class TenantWallConnectionProvider implements MultiTenantConnectionProvider<String> {

    public static final String DATASOURCE = "java:jboss/datasources/ZugongDS";

    private final String jndiName;
    private transient volatile DataSource dataSource;
    private transient volatile Boolean postgres;

    public TenantWallConnectionProvider() {
        this(DATASOURCE);
    }

    /** Connections of another data source, bound by {@link #enter}. */
    protected TenantWallConnectionProvider(String jndiName) {
        this.jndiName = jndiName;
    }

    /** Connections of a data source at hand (outside the server), bound by {@link #enter}. */
    protected TenantWallConnectionProvider(DataSource dataSource) {
        this.jndiName = null;
        this.dataSource = dataSource;
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup(jndiName);
            } catch (NamingException e) {
                throw new IllegalStateException("Data source " + jndiName + " not bound", e);
            }
        }
        return dataSource;
    }

    /**
     * A connection for Hibernate's own metadata, not bound to any tenancy, so seeing no tenant row.
     * Hibernate asks for one when it boots, before the migrations (and {@code zugong_enter}) ran.
     */
    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource().getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        Connection connection = dataSource().getConnection();
        try {
            prepare(connection);
            if (postgres == null) {
                postgres = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase()
                        .contains("postgres");
            }
            if (postgres) {
                enter(connection, TenancyHolder.current());
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Prepares a connection before it is bound: nothing here (a JTA connection is in its transaction). */
    protected void prepare(Connection connection) throws SQLException {}

    /** Binds a PostgreSQL connection of this provider to a tenancy for its current transaction. */
    protected void enter(Connection connection, Tenancy tenancy) throws SQLException {
        bind(connection, tenancy);
    }

    /**
     * Binds a PostgreSQL connection's current transaction to a tenancy, through {@code
     * zugong_enter}: the application role (or the owner) only.
     */
    public static void bind(Connection connection, Tenancy tenancy) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select zugong_enter(?, ?)")) {
            statement.setString(1, writableCode(tenancy));
            statement.setString(2, tenancy.readableCsv());
            statement.execute();
        }
    }

    /** The tenant a tenancy may change, as the wall's setting: empty for none. */
    public static String writableCode(Tenancy tenancy) {
        return tenancy.writable().map(t -> t.code()).orElse("");
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
