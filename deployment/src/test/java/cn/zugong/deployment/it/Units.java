package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Looks units up in the test database, as a transaction bound to one tenant (the wall applies to tests too). */
final class Units {

    static final String WENJIANG = "510115";
    static final String PIDU = "510117";
    static final String WENJIANG_COMMITTEE = "中共成都市温江区委员会";
    static final String PIDU_COMMITTEE = "中共成都市郫都区委员会";
    static final String PIDU_HEALTH = "成都市郫都区卫生健康局";

    private Units() {}

    static UUID idOf(String tenant, String name) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select id from org_unit where name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No unit " + name + " in " + tenant);
                    }
                    return row.getObject(1, UUID.class);
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** Binds the connection's current transaction exactly as the platform does. */
    static void bind(Connection db, String writable, String readableCsv) throws SQLException {
        try (PreparedStatement set = db.prepareStatement("select zugong_enter(?, ?)")) {
            set.setString(1, writable);
            set.setString(2, readableCsv);
            set.execute();
        }
    }

    /** Binds a transaction as the audit services do for a county auditor: no writable tenant, one trail. */
    static void bindAuditor(Connection db, String tenant) throws SQLException {
        bind(db, "", tenant);
        try (PreparedStatement set = db.prepareStatement("select zugong_open_audit(?)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }
}
