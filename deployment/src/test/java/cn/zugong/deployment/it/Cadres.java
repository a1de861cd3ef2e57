package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Looks demo cadres up in the test database, through the tenant wall like {@link Units}. */
final class Cadres {

    /** A demo cadre: id, name, pinyin initials and one family member's name. */
    record Sample(UUID id, String name, String initials, String relative) {}

    private Cadres() {}

    /** A cadre of the tenant with a family, chosen by a stable order. */
    static Sample any(String tenant, int index) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select =
                    db.prepareStatement("select c.id, c.name, c.name_initials, f.name from cadre c join family_member f"
                            + " on f.tenant_id = c.tenant_id and f.cadre_id = c.id and f.sort_order = 0"
                            + " order by c.id offset ? limit 1")) {
                select.setInt(1, index);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No cadre in " + tenant);
                    }
                    return new Sample(
                            row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4));
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** The audit actions recorded on a cadre by a user, read as the county's auditor would. */
    static List<String> auditActions(String tenant, UUID cadre, String actor) throws SQLException {
        return auditActions(tenant, "cadre", cadre.toString(), actor);
    }

    /** The audit actions recorded on a record (by a user, or by anyone for a null actor), in order. */
    static List<String> auditActions(String tenant, String subjectType, String subjectId, String actor)
            throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bindAuditor(db, tenant);
            try (PreparedStatement select = db.prepareStatement("select action from audit_event"
                    + " where subject_type = ? and subject_id = ? and (? is null or actor = ?) order by seq")) {
                select.setString(1, subjectType);
                select.setString(2, subjectId);
                select.setString(3, actor);
                select.setString(4, actor);
                List<String> actions = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        actions.add(rows.getString(1));
                    }
                }
                return actions;
            } finally {
                db.rollback();
            }
        }
    }

    /** How many cadres of the tenant have this name (or all of them, for a null name). */
    static int count(String tenant, String name) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select =
                    db.prepareStatement("select count(*) from cadre where ? is null or name = ?")) {
                select.setString(1, name);
                select.setString(2, name);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            } finally {
                db.rollback();
            }
        }
    }
}
