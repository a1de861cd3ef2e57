package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * (d) The database wall on PostgreSQL, seen through the portal's own database role and the same
 * transaction-local settings the platform sets: raw SQL cannot reach another county.
 */
@ExtendWith(FullStack.class)
class TenantWallIT {

    @Test
    void aRawSelectInATenantBoundTransactionReturnsOnlyThatTenantsRows() throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);

            assertThat(tenantsOf(db, "select distinct tenant_id from org_unit")).containsExactly(Units.WENJIANG);
            db.rollback();
        }
    }

    @Test
    void anUpdateWithoutWhereTouchesOnlyTheBoundTenantsRows() throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            int wenjiangRows = count(db, Units.WENJIANG);
            int piduRows = count(db, Units.PIDU);
            assertThat(piduRows).isPositive();

            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            int updated;
            try (Statement sql = db.createStatement()) {
                updated = sql.executeUpdate("update org_unit set deputy_posts = 99");
            }

            assertThat(updated).isEqualTo(wenjiangRows);
            db.rollback();
        }
    }

    @Test
    void withoutATenantNothingIsVisibleOrWritable() throws SQLException {
        try (Connection db = Postgres.asApp();
                Statement sql = db.createStatement()) {
            assertThat(tenantsOf(db, "select distinct tenant_id from org_unit")).isEmpty();
            assertThat(sql.executeUpdate("update org_unit set deputy_posts = 99"))
                    .isZero();
            assertThatThrownBy(
                            () -> sql.executeUpdate(
                                    "insert into org_unit (tenant_id, id, name, unit_type) values ('510117', gen_random_uuid(), 'x', 'COURT')"))
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void aReadOnlyScopeReadsBothCountiesAndChangesNeither() throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, "", Units.WENJIANG + "," + Units.PIDU);

            assertThat(tenantsOf(db, "select distinct tenant_id from org_unit"))
                    .containsExactlyInAnyOrder(Units.WENJIANG, Units.PIDU);
            try (Statement sql = db.createStatement()) {
                assertThat(sql.executeUpdate("update org_unit set deputy_posts = 99"))
                        .isZero();
            }
            db.rollback();
        }
    }

    @Test
    void thePortalsRoleCannotSwitchTheWallOff() throws SQLException {
        try (Connection db = Postgres.asApp();
                Statement sql = db.createStatement()) {
            try (ResultSet role =
                    sql.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
                role.next();
                assertThat(role.getBoolean(1)).isFalse();
                assertThat(role.getBoolean(2)).isFalse();
            }
            assertThatThrownBy(() -> sql.execute("alter table org_unit no force row level security"))
                    .hasMessageContaining("must be owner");
        }
    }

    @Test
    void aCountyReadsWhatItsProvincePublishedButNotItsNeighboursAndWritesOnlyItsOwn() throws SQLException {
        // Publications (SDK Publications): read by the tenants below the publisher only.
        String province = "510000";
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            for (String publisher : new String[] {province, Units.PIDU}) {
                Units.bind(db, publisher, publisher);
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate(
                            "insert into plugin_publication (tenant_id, id, plugin_id, kind, item_key, content,"
                                    + " published_at) values ('" + publisher
                                    + "', gen_random_uuid(), 'wall-it', 'course', 'k', '',"
                                    + " now())");
                }
            }
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);

            assertThat(tenantsOf(db, "select tenant_id from plugin_publication where plugin_id = 'wall-it'"))
                    .containsExactly(province);
            try (Statement sql = db.createStatement()) {
                assertThat(sql.executeUpdate("update plugin_publication set content = 'x' where plugin_id = 'wall-it'"))
                        .as("the province's row is read, never written, by the county")
                        .isZero();
            }
            db.rollback();
        }
    }

    private static int count(Connection db, String tenant) throws SQLException {
        Units.bind(db, tenant, tenant);
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from org_unit")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static java.util.List<String> tenantsOf(Connection db, String query) throws SQLException {
        java.util.List<String> tenants = new java.util.ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
        }
        return tenants;
    }
}
