package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The over-staffed units of a county, computed in SQL from the test database through the tenant
 * wall with the portal's occupancy rule (current main leadership posts of distinct cadres), to
 * compare the quota view with.
 */
final class Quotas {

    private Quotas() {}

    static List<String> overStaffedUnits(String tenant) throws SQLException {
        return names(
                tenant,
                "select u.name from org_unit u"
                        + " left join post_holding h on h.tenant_id = u.tenant_id and h.unit_id = u.id"
                        + " and h.end_date is null and h.main_post and h.post_level is not null"
                        + " group by u.tenant_id, u.id, u.name, u.principal_posts, u.deputy_posts"
                        + " having count(distinct case when h.principal then h.cadre_id end) > u.principal_posts"
                        + " or count(distinct case when not h.principal then h.cadre_id end) > u.deputy_posts"
                        + " order by u.name");
    }

    /** Every unit name of the county. */
    static List<String> unitNames(String tenant) throws SQLException {
        return names(tenant, "select name from org_unit order by name");
    }

    private static List<String> names(String tenant, String sql) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, tenant, tenant);
            try (PreparedStatement select = db.prepareStatement(sql)) {
                List<String> names = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            } finally {
                db.rollback();
            }
        }
    }
}
