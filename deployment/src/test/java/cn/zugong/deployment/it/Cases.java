package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looks selection cases and the cadres they concern up in the test database, through the tenant wall. */
final class Cases {

    /** A cadre: id and name. */
    record Cadre(UUID id, String name) {}

    private Cases() {}

    /**
     * An active cadre of the tenant holding a current main post, with a name no other cadre of the
     * tenant has (so that a search finds exactly this one), chosen by a stable order.
     */
    static Cadre activeHolder(String tenant, int index) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select c.id, c.name from cadre c"
                    + " where c.status = 'ACTIVE' and exists (select 1 from post_holding h where h.cadre_id = c.id"
                    + " and h.main_post and h.end_date is null)"
                    + " and (select count(*) from cadre o where o.name = c.name) = 1"
                    + " order by c.id offset ? limit 1")) {
                select.setInt(1, index);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No active post holder in " + tenant);
                    }
                    return new Cadre(row.getObject(1, UUID.class), row.getString(2));
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** A deputy post of the tenant: its unit's name and its title, chosen by a stable order. */
    record Post(String unit, String title) {}

    static Post deputyPost(String tenant, int index) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select u.name, p.title from unit_position p"
                    + " join org_unit u on u.tenant_id = p.tenant_id and u.id = p.unit_id"
                    + " where not p.principal and (select count(*) from unit_position q where q.unit_id = p.unit_id"
                    + " and q.title = p.title) = 1 order by p.id offset ? limit 1")) {
                select.setInt(1, index);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No deputy post in " + tenant);
                    }
                    return new Post(row.getString(1), row.getString(2));
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** The id of the tenant's case with this title. */
    static Optional<UUID> byTitle(String tenant, String title) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select id from selection_case where title = ?")) {
                select.setString(1, title);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** One text of the tenant's row: the first column of the first row of a query with one id parameter. */
    static String text(String tenant, String sql, UUID id) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            } finally {
                db.rollback();
            }
        }
    }

    /** Changes the tenant's rows: a statement with one id parameter, committed. */
    static void update(String tenant, String sql, UUID id) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement update = db.prepareStatement(sql)) {
                update.setObject(1, id);
                update.executeUpdate();
            }
            db.commit();
        }
    }

    /** The actions of a case's whole-process record, as the county's auditor reads the trail. */
    static List<String> journal(String tenant, UUID caseId) throws SQLException {
        return Cadres.auditActions(tenant, "selection_case", caseId.toString(), null);
    }
}
