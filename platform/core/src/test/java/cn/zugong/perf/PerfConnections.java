package cn.zugong.perf;

import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * The portal's connection provider outside WildFly: connections of a plain data source (kept in a
 * small pool, so the benchmarks do not measure connecting), bound to the thread's tenancy with the
 * portal's own {@link TenantWallConnectionProvider#bind}. In WildFly the connection is already in
 * the JTA transaction when it is bound; here auto-commit is switched off first, so the
 * transaction-local settings last until Hibernate commits, exactly as on the server.
 */
final class PerfConnections implements MultiTenantConnectionProvider<String> {

    private final DataSource dataSource;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    volatile boolean explain;

    PerfConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return getConnection("-");
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        releaseConnection("-", connection);
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        Connection connection = idle.pollFirst();
        if (connection == null || connection.isClosed()) {
            connection = dataSource.getConnection();
        }
        connection.setAutoCommit(false);
        TenantWallConnectionProvider.bind(connection, TenancyHolder.current());
        return explain ? ExplainingConnection.wrap(connection) : connection;
    }

    /** Ends whatever Hibernate left open (nothing after a commit), so no setting outlives its transaction. */
    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        Connection real = connection.unwrap(Connection.class);
        real.rollback();
        idle.addFirst(real);
    }

    void closeAll() throws SQLException {
        for (Connection connection; (connection = idle.pollFirst()) != null; ) {
            connection.close();
        }
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
