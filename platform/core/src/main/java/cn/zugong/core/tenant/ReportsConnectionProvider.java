package cn.zugong.core.tenant;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hands the reports' persistence unit ({@value #UNIT}: the dashboard, the annual statistics and the
 * supervisors' lists) connections of the reports' data source: the replica named by {@code
 * ZUGONG_DB_REPLICA_URL}, or the primary when none is (README, "Configuration").
 *
 * <p>That data source is not enlisted in JTA: a request's transaction keeps one resource that
 * writes (the primary), and a replica that is slow or gone can never leave it half-committed. So
 * each connection opens a read-only transaction of its own here, bound to the request's tenancy by
 * the same {@code zugong_enter} as the primary's (it only sets transaction-local settings and reads
 * the wall's secret, which a hot standby allows; the standby's row-level security is the
 * primary's, replicated), and ends it by a rollback when Hibernate releases the connection after
 * the request's transaction. Read-only also on the primary: nothing written through this path.
 */
public class ReportsConnectionProvider extends TenantWallConnectionProvider {

    /** The reports' persistence unit, beside {@code zugong}. */
    public static final String UNIT = "zugong-reports";

    public static final String DATASOURCE = "java:jboss/datasources/ZugongReportsDS";

    public ReportsConnectionProvider() {
        super(DATASOURCE);
    }

    /** On a data source at hand (tests, benchmarks). */
    public ReportsConnectionProvider(DataSource dataSource) {
        super(dataSource);
    }

    /** Opens the connection's own read-only transaction, which the wall's settings live in. */
    @Override
    protected void prepare(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
    }

    /** Ends the connection's read-only transaction (which wrote nothing) before it goes back to the pool. */
    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
