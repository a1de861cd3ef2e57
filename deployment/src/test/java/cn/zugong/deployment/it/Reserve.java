package cn.zugong.deployment.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The registry data ReserveIT works on, made in the test database through the tenant wall, and what
 * the reserve plugin's tables hold as a plugin connection of a county reads them.
 */
final class Reserve {

    private Reserve() {}

    /** A new working department under the county's committee with one free principal post (局长) and two deputy posts. */
    static Cases.Post unit(String tenant, String parentName, String suffix) throws SQLException {
        UUID parent = Units.idOf(tenant, parentName);
        String name = "后备测试局" + suffix;
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'WORKING_DEPARTMENT', ?, 1, 2)",
                    tenant,
                    UUID.randomUUID(),
                    name,
                    parent);
            execute(
                    db,
                    "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                            + " select ?, ?, id, '局长', 'TOWNSHIP_PRINCIPAL', true, 'APPOINTED' from org_unit where name = ?",
                    tenant,
                    UUID.randomUUID(),
                    name);
            db.commit();
        }
        return new Cases.Post(name, "局长");
    }

    /**
     * A copy of a demo township deputy who meets the 正职后备 rules (under 44, at least 大专, a deputy
     * for four years or more), under a name of its own, whose current deputy post is in {@code
     * unitName}: the demo cadre and the quotas of its unit stay as they are.
     */
    static Cases.Cadre deputy(String tenant, String unitName, String name, String gender) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            UUID source;
            try (PreparedStatement select = db.prepareStatement("select c.id from cadre c where c.status = 'ACTIVE'"
                            + " and c.birth_date > current_date - interval '44 years' and c.political_status = 'CPC_MEMBER'"
                            + " and (c.ft_level in ('POSTGRADUATE', 'UNIVERSITY', 'COLLEGE')"
                            + " or c.is_level in ('POSTGRADUATE', 'UNIVERSITY', 'COLLEGE'))"
                            + " and exists (select 1 from post_holding h where h.cadre_id = c.id and h.main_post"
                            + " and h.end_date is null and h.post_level = 'TOWNSHIP_DEPUTY'"
                            + " and h.start_date <= current_date - interval '4 years')"
                            + " and not exists (select 1 from post_holding h where h.cadre_id = c.id and h.main_post"
                            + " and h.end_date is null and h.post_level <> 'TOWNSHIP_DEPUTY')"
                            + " order by c.id limit 1");
                    ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No demo township deputy for the reserve in " + tenant);
                }
                source = row.getObject(1, UUID.class);
            }
            UUID unit = Units.idOf(tenant, unitName);
            try (Statement sql = db.createStatement()) {
                sql.execute("create temp table reserve_cadre on commit drop as select * from cadre where id = '"
                        + source + "'");
                sql.execute("create temp table reserve_holding on commit drop as select * from post_holding"
                        + " where cadre_id = '" + source + "'");
                sql.execute("create temp table reserve_grade on commit drop as select * from assessment"
                        + " where cadre_id = '" + source + "'");
            }
            execute(
                    db,
                    "update reserve_cadre set id = ?, name = ?, gender = ?, id_number = null, unit_id = ?",
                    id,
                    name,
                    gender,
                    unit);
            execute(db, "insert into cadre select * from reserve_cadre");
            execute(
                    db,
                    "update reserve_holding set id = gen_random_uuid(), cadre_id = ?, position_id = null,"
                            + " unit_id = case when end_date is null then ? else unit_id end,"
                            + " unit_name = case when end_date is null then ? else unit_name end",
                    id,
                    unit,
                    unitName);
            execute(db, "insert into post_holding select * from reserve_holding");
            execute(db, "update reserve_grade set id = gen_random_uuid(), cadre_id = ?", id);
            execute(db, "insert into assessment select * from reserve_grade");
            db.commit();
        }
        return new Cases.Cadre(id, name);
    }

    /** The county's reserve batch of the year and tier, as the plugin's connection of the county reads it. */
    static UUID batch(String tenant, int year, String tier) throws SQLException {
        return plugin(tenant, "select id from reserve_batch where batch_year = " + year + " and tier = '" + tier + "'");
    }

    /** How many candidacies of the cadre a plugin connection bound to {@code tenant} reads. */
    static int candidacies(String tenant, UUID cadre) throws SQLException {
        try (Connection db = pluginConnection(tenant);
                Statement sql = db.createStatement();
                ResultSet row =
                        sql.executeQuery("select count(*) from reserve_candidate where cadre_id = '" + cadre + "'")) {
            try {
                row.next();
                return row.getInt(1);
            } finally {
                db.rollback();
            }
        }
    }

    /** The state and the appointing case of the cadre's candidacy, read as the county's plugin connection. */
    static String candidacy(String tenant, UUID cadre) throws SQLException {
        try (Connection db = pluginConnection(tenant);
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(
                        "select state, case_id from reserve_candidate where cadre_id = '" + cadre + "'")) {
            try {
                return row.next() ? row.getString(1) + " " + row.getString(2) : null;
            } finally {
                db.rollback();
            }
        }
    }

    private static UUID plugin(String tenant, String query) throws SQLException {
        try (Connection db = pluginConnection(tenant);
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            try {
                return row.next() ? row.getObject(1, UUID.class) : null;
            } finally {
                db.rollback();
            }
        }
    }

    /** A plugin connection bound to the county as the platform binds the plugin's entity manager. */
    private static Connection pluginConnection(String tenant) throws SQLException {
        Connection db = Postgres.asPlugin();
        db.setAutoCommit(false);
        try (PreparedStatement enter = db.prepareStatement("select zugong_enter_plugin(?, ?, ?)")) {
            enter.setString(1, tenant);
            enter.setString(2, tenant);
            enter.setString(3, ticket(tenant));
            enter.execute();
        }
        return db;
    }

    private static String ticket(String tenant) throws SQLException {
        try (Connection owner = Postgres.asOwner();
                Statement sql = owner.createStatement();
                ResultSet row = sql.executeQuery("select secret from zugong_wall_key")) {
            row.next();
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((row.getString(1) + "|plugin|" + tenant + "|" + tenant)
                                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
}
