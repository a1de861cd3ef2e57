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

    /**
     * A new working department of the tenant under its party committee whose one approved deputy
     * post is held (1 of 1), with its deputy position: appointing anyone else there would exceed the
     * approved posts.
     */
    static Post fullDeputyPost(String tenant, String parentName) throws SQLException {
        UUID parent = Units.idOf(tenant, parentName);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unitName = "职数已满局" + suffix;
        UUID unit = UUID.randomUUID();
        UUID holder = UUID.randomUUID();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'WORKING_DEPARTMENT', ?, 1, 1)",
                    tenant,
                    unit,
                    unitName,
                    parent);
            execute(
                    db,
                    "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                            + " values (?, ?, ?, '副局长', 'TOWNSHIP_DEPUTY', false, 'APPOINTED')",
                    tenant,
                    UUID.randomUUID(),
                    unit);
            execute(
                    db,
                    "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                            + " political_status, management_authority, status, status_since, unit_id)"
                            + " values (?, ?, ?, 'zhishu', 'zs', 'MALE', date '1980-01-01', '汉族', 'CPC_MEMBER',"
                            + " 'COUNTY', 'ACTIVE', date '2020-01-01', ?)",
                    tenant,
                    holder,
                    "副局长" + suffix,
                    unit);
            execute(
                    db,
                    "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                            + " main_post, start_date) values (?, ?, ?, ?, ?, '副局长', 'TOWNSHIP_DEPUTY', false, true,"
                            + " date '2022-01-01')",
                    tenant,
                    UUID.randomUUID(),
                    holder,
                    unit,
                    unitName);
            db.commit();
        }
        return new Post(unitName, "副局长");
    }

    /**
     * An active cadre of the tenant whose current main post is a deputy post at the township level
     * (so that another such post is no promotion), with a name no other cadre of the tenant has.
     */
    static Cadre townshipDeputy(String tenant, int index) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement("select c.id, c.name from cadre c"
                    + " where c.status = 'ACTIVE' and exists (select 1 from post_holding h where h.cadre_id = c.id"
                    + " and h.main_post and h.end_date is null and h.post_level = 'TOWNSHIP_DEPUTY')"
                    + " and not exists (select 1 from post_holding h where h.cadre_id = c.id and h.main_post"
                    + " and h.end_date is null and h.post_level <> 'TOWNSHIP_DEPUTY')"
                    + " and (select count(*) from cadre o where o.name = c.name) = 1"
                    + " order by c.id offset ? limit 1")) {
                select.setInt(1, index);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("No township deputy in " + tenant);
                    }
                    return new Cadre(row.getObject(1, UUID.class), row.getString(2));
                }
            } finally {
                db.rollback();
            }
        }
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
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
