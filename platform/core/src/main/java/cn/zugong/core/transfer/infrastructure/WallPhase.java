package cn.zugong.core.transfer.infrastructure;

import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Runs part of a transaction bound to one tenancy, on the transaction's own connection: pending
 * changes are flushed under the tenancy they were made in, the connection is entered into the
 * phase's tenancy through {@code zugong_enter} (so the row-level security policies hold exactly as
 * for a request of that county: no bypass), the work runs with that tenancy on the thread, its
 * changes are flushed, and the connection goes back to the caller's tenancy. On H2 there is no
 * wall and only the thread's tenancy changes.
 */
public final class WallPhase {

    private WallPhase() {}

    /** Runs {@code work} bound to {@code tenancy}, then rebinds the caller's. */
    public static <T> T run(EntityManager em, Tenancy tenancy, Supplier<T> work) {
        Tenancy caller = TenancyHolder.current();
        em.flush();
        bind(em, tenancy);
        try {
            return TenancyHolder.callAs(tenancy, () -> {
                T result = work.get();
                em.flush();
                return result;
            });
        } finally {
            bind(em, caller);
        }
    }

    /** Work on the phase's connection, as plain JDBC. */
    public static <T> T jdbc(EntityManager em, Jdbc<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::on);
    }

    /** JDBC work that may fail with an SQL error. */
    @FunctionalInterface
    public interface Jdbc<T> {
        T on(Connection connection) throws SQLException;
    }

    private static void bind(EntityManager em, Tenancy tenancy) {
        em.unwrap(Session.class).doWork(connection -> {
            if (isPostgres(connection)) {
                TenantWallConnectionProvider.bind(connection, tenancy);
            }
        });
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
}
