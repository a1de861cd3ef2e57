package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Data for the economic-audit parts of SupervisionIT (issue 20 item 5), written as the registry holds it. */
final class EconAudits {

    private EconAudits() {}

    /**
     * A new working department under the tenant's {@code parentName} and its chief (局长, principal
     * post at the township level, held for three years): a post whose holder is audited (DOMAIN
     * §4.6). The chief's name is unique.
     */
    static Cases.Cadre auditedChief(String tenant, String parentName) throws SQLException {
        UUID parent = Units.idOf(tenant, parentName);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unitName = "审计测试局" + suffix;
        UUID unit = UUID.randomUUID();
        UUID chief = UUID.randomUUID();
        String name = "局长" + suffix;
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
                    "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                            + " political_status, management_authority, status, status_since, unit_id)"
                            + " values (?, ?, ?, 'juzhang', 'jz', 'MALE', date '1978-01-01', '汉族', 'CPC_MEMBER',"
                            + " 'COUNTY', 'ACTIVE', date '2015-01-01', ?)",
                    tenant,
                    chief,
                    name,
                    unit);
            execute(
                    db,
                    "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                            + " main_post, start_date) values (?, ?, ?, ?, ?, '局长', 'TOWNSHIP_PRINCIPAL', true, true,"
                            + " current_date - 1100)",
                    tenant,
                    UUID.randomUUID(),
                    chief,
                    unit,
                    unitName);
            db.commit();
        }
        return new Cases.Cadre(chief, name);
    }

    /** A new unit under {@code parentName} with one free county-deputy post: a promotion for a township chief. */
    static Cases.Post countyDeputyPost(String tenant, String parentName) throws SQLException {
        UUID parent = Units.idOf(tenant, parentName);
        String unitName = "审计提任局" + UUID.randomUUID().toString().substring(0, 8);
        UUID unit = UUID.randomUUID();
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
                            + " values (?, ?, ?, '副县级领导', 'COUNTY_DEPUTY', false, 'APPOINTED')",
                    tenant,
                    UUID.randomUUID(),
                    unit);
            db.commit();
        }
        return new Cases.Post(unitName, "副县级领导");
    }

    /** How many audits of the cadre a plugin connection bound to {@code tenant} reads (as in reportsSeenBy). */
    static int auditsSeenBy(String tenant, UUID cadreId) throws SQLException {
        try (Connection db = Postgres.asPlugin()) {
            db.setAutoCommit(false);
            try (PreparedStatement enter = db.prepareStatement("select zugong_enter_plugin(?, ?, ?)")) {
                enter.setString(1, tenant);
                enter.setString(2, tenant);
                enter.setString(3, Supervision.ticket(tenant));
                enter.execute();
            }
            try (PreparedStatement count =
                    db.prepareStatement("select count(*) from supervision_econ_audit where cadre_id = ?")) {
                count.setObject(1, cadreId);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
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
}
