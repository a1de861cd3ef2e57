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

/** What SupervisionIT sets up and reads in the test database. */
final class Supervision {

    private Supervision() {}

    /**
     * A new working department under the tenant's party committee with one free principal post at
     * the township level: appointing a township deputy there is a promotion.
     */
    static Cases.Post chiefPost(String tenant, String parentName) throws SQLException {
        UUID parent = Units.idOf(tenant, parentName);
        String unitName = "监督测试局" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            execute(
                    db,
                    "insert into org_unit (tenant_id, id, name, unit_type, parent_id, principal_posts, deputy_posts)"
                            + " values (?, ?, ?, 'WORKING_DEPARTMENT', ?, 1, 1)",
                    tenant,
                    UUID.randomUUID(),
                    unitName,
                    parent);
            execute(
                    db,
                    "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                            + " select ?, ?, id, '局长', 'TOWNSHIP_PRINCIPAL', true, 'APPOINTED' from org_unit where name = ?",
                    tenant,
                    UUID.randomUUID(),
                    unitName);
            db.commit();
        }
        return new Cases.Post(unitName, "局长");
    }

    /**
     * Puts an appointment case at the decision (taolun jueding) as the steps before would leave it:
     * recommended, the candidate inspected with the notice issued and the five checks recorded.
     */
    static void atDecision(String tenant, UUID caseId) throws SQLException {
        Cases.update(
                tenant,
                "update selection_case set step = 'DECISION', recommended_on = current_date - 20,"
                        + " notice_on = current_date - 12, inspection_from = current_date - 10,"
                        + " inspection_team = '考察组' where id = ?",
                caseId);
        Cases.update(
                tenant,
                "update selection_candidate set inspected = true, file_reviewed_on = current_date - 5,"
                        + " matters_checked_on = current_date - 5, discipline_opinion_on = current_date - 5,"
                        + " petitions_checked_on = current_date - 5, integrity_signed_on = current_date - 5"
                        + " where case_id = ?",
                caseId);
    }

    /**
     * Puts an appointment case at the inspection as the steps before would leave it: recommended,
     * the inspection notice issued and the inspection begun, the candidate inspected; the five checks
     * are left to the officer.
     */
    static void atInspection(String tenant, UUID caseId) throws SQLException {
        Cases.update(
                tenant,
                "update selection_case set step = 'INSPECTION', recommended_on = current_date - 20,"
                        + " notice_on = current_date - 12, inspection_from = current_date - 10,"
                        + " inspection_team = '考察组' where id = ?",
                caseId);
        Cases.update(tenant, "update selection_candidate set inspected = true where case_id = ?", caseId);
    }

    /**
     * How many reports whose summary is {@code marker} a plugin connection bound to {@code tenant}
     * reads, bound as the platform binds the plugin's entity manager (TenantWallIT has the why).
     */
    static int reportsSeenBy(String tenant, String marker) throws SQLException {
        try (Connection db = Postgres.asPlugin()) {
            db.setAutoCommit(false);
            try (PreparedStatement enter = db.prepareStatement("select zugong_enter_plugin(?, ?, ?)")) {
                enter.setString(1, tenant);
                enter.setString(2, tenant);
                enter.setString(3, ticket(tenant));
                enter.execute();
            }
            try (PreparedStatement count =
                    db.prepareStatement("select count(*) from supervision_report where summary = ?")) {
                count.setString(1, marker);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            } finally {
                db.rollback();
            }
        }
    }

    static String ticket(String tenant) throws SQLException {
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
