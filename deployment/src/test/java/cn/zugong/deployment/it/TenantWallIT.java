package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * (d) The database wall on PostgreSQL, seen through the portal's own database role and the same
 * transaction-local settings the platform sets: raw SQL cannot reach another county. And through
 * the plugins' role, as a plugin's entity manager connects: it reaches its own tables only, in
 * the county the platform bound it to, whatever it sets or switches by itself.
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

    @Test
    void aTransferIsReadByItsProposerAndBothCountiesAndByNoOtherTenant() throws SQLException {
        // Cross-county transfers (V28_1): a row of three tenants, with policies of its own.
        String marker = "wall-it-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = Postgres.asApp();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            Units.bind(db, "510000", "510000");
            sql.executeUpdate("insert into cadre_transfer (tenant_id, id, from_tenant, to_tenant, cadre_id, cadre_name,"
                    + " reason, status, proposed_at, proposed_by) values ('510000', gen_random_uuid(), '"
                    + Units.WENJIANG + "', '" + Units.PIDU + "', gen_random_uuid(), '" + marker
                    + "', 'x', 'PROPOSED', now(), 'x')");
            String mine = "select count(*) from cadre_transfer where cadre_name = '" + marker + "'";
            for (String county : new String[] {Units.WENJIANG, Units.PIDU}) {
                Units.bind(db, county, county);
                assertThat(single(db, mine)).as(county).isEqualTo("1");
                assertThat(sql.executeUpdate("update cadre_transfer set reason = 'answered by " + county
                                + "' where cadre_name = '" + marker + "'"))
                        .as(county)
                        .isEqualTo(1);
            }
            Units.bind(db, "510100", "510100");
            assertThat(single(db, mine))
                    .as("the city's department did not propose it")
                    .isEqualTo("0");
            assertThat(sql.executeUpdate("update cadre_transfer set reason = 'y' where cadre_name = '" + marker + "'"))
                    .isZero();
            Units.bind(db, "510000", "510000");
            assertThat(sql.executeUpdate("delete from cadre_transfer where cadre_name = '" + marker + "'"))
                    .as("nobody deletes a transfer")
                    .isZero();
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            assertThatThrownBy(() -> sql.executeUpdate("insert into cadre_transfer (tenant_id, id, from_tenant,"
                            + " to_tenant, cadre_id, cadre_name, reason, status, proposed_at, proposed_by) values"
                            + " ('510000', gen_random_uuid(), '" + Units.WENJIANG + "', '" + Units.PIDU
                            + "', gen_random_uuid(), 'x', 'x', 'PROPOSED', now(), 'x')"))
                    .as("a county proposes nothing, not even in its department's name")
                    .hasMessageContaining("row-level security");
            db.rollback();
        }
    }

    @Test
    void aSettingThePortalsRoleChangesByItselfIsNotHonoured() throws SQLException {
        try (Connection db = Postgres.asApp();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("select set_config('zugong.tenant', '" + Units.PIDU + "', true),"
                    + " set_config('zugong.read_tenants', '" + Units.PIDU + "', true)");
            assertThat(tenantsOf(db, "select distinct tenant_id from org_unit")).isEmpty();
            db.rollback();

            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            sql.execute("select set_config('zugong.read_tenants', '" + Units.WENJIANG + "," + Units.PIDU + "', true)");
            assertThat(tenantsOf(db, "select distinct tenant_id from org_unit"))
                    .as("widened after the platform bound the transaction")
                    .isEmpty();
            db.rollback();

            Units.bind(db, "", Units.WENJIANG + "," + Units.PIDU);
            String proof = single(db, "select current_setting('zugong.proof')");
            db.commit();
            sql.execute("select set_config('zugong.tenant', '', true), set_config('zugong.read_tenants', '"
                    + Units.WENJIANG + "," + Units.PIDU + "', true), set_config('zugong.audit_tenants', '', true),"
                    + " set_config('zugong.proof', '" + proof + "', true)");
            assertThat(tenantsOf(db, "select distinct tenant_id from org_unit"))
                    .as("the proof of an earlier transaction")
                    .isEmpty();
            db.rollback();
        }
    }

    @Test
    void thePluginsRoleReachesNoTableOfThePlatformAndBecomesNoOtherRole() throws SQLException {
        try (Connection db = Postgres.asPlugin();
                Statement sql = db.createStatement()) {
            for (String table : new String[] {"cadre", "org_unit", "audit_event", "plugin_notice", "zugong_wall_key"}) {
                assertThatThrownBy(() -> sql.executeQuery("select count(*) from " + table))
                        .as(table)
                        .hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> sql.execute("select zugong_enter('" + Units.PIDU + "', '" + Units.PIDU + "')"))
                    .hasMessageContaining("permission denied");
            sql.execute("reset role");
            assertThat(single(db, "select current_user")).isEqualTo(Postgres.PLUGIN);
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from cadre"))
                    .hasMessageContaining("permission denied");
            for (String role : new String[] {Postgres.APP, Postgres.OWNER}) {
                assertThatThrownBy(() -> sql.execute("set role " + role)).hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void aPluginsOwnSetConfigShowsItNoRowOfItsTables() throws SQLException {
        String marker = seedHolds();
        try (Connection db = Postgres.asPlugin();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("select set_config('zugong.tenant', '" + Units.PIDU + "', true),"
                    + " set_config('zugong.read_tenants', '" + Units.WENJIANG + "," + Units.PIDU + "', true)");

            assertThat(tenantsOf(db, "select tenant_id from example_hold where reason = '" + marker + "'"))
                    .isEmpty();
            assertThat(sql.executeUpdate("update example_hold set reason = 'x' where reason = '" + marker + "'"))
                    .isZero();
            db.rollback();
        } finally {
            deleteHolds(marker);
        }
    }

    @Test
    void aPluginBoundByThePlatformReadsAndWritesOnlyThatCounty() throws SQLException {
        String marker = seedHolds();
        try (Connection db = Postgres.asPlugin();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            assertThatThrownBy(() -> enterAsPlugin(
                            db,
                            Units.WENJIANG,
                            Units.WENJIANG + "," + Units.PIDU,
                            ticket(Units.WENJIANG, Units.WENJIANG)))
                    .as("a ticket of another tenancy")
                    .hasMessageContaining("ticket refused");
            db.rollback();

            enterAsPlugin(db, Units.WENJIANG, Units.WENJIANG, ticket(Units.WENJIANG, Units.WENJIANG));
            String holds = "select tenant_id from example_hold where reason = '" + marker + "'";
            assertThat(tenantsOf(db, holds)).containsExactly(Units.WENJIANG);
            assertThat(sql.executeUpdate("update example_hold set held_at = now() where reason = '" + marker + "'"))
                    .isOne();
            assertThatThrownBy(() -> sql.executeUpdate(insertHold(Units.PIDU, marker)))
                    .hasMessageContaining("row-level security");
            db.rollback();

            enterAsPlugin(db, Units.WENJIANG, Units.WENJIANG, ticket(Units.WENJIANG, Units.WENJIANG));
            sql.execute("select set_config('zugong.read_tenants', '" + Units.WENJIANG + "," + Units.PIDU + "', true)");
            assertThat(tenantsOf(db, holds)).as("widened by the plugin").isEmpty();
            db.rollback();
        } finally {
            deleteHolds(marker);
        }
    }

    /** One hold of the example plugin in Wenjiang and one in Pidu, written as the owner; their reason. */
    private static String seedHolds() throws SQLException {
        String marker = "wall-it-" + UUID.randomUUID();
        try (Connection owner = Postgres.asOwner();
                Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            for (String tenant : new String[] {Units.WENJIANG, Units.PIDU}) {
                Units.bind(owner, tenant, tenant);
                sql.executeUpdate(insertHold(tenant, marker));
            }
            owner.commit();
        }
        return marker;
    }

    private static void deleteHolds(String marker) throws SQLException {
        try (Connection owner = Postgres.asOwner();
                Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            for (String tenant : new String[] {Units.WENJIANG, Units.PIDU}) {
                Units.bind(owner, tenant, tenant);
                sql.executeUpdate("delete from example_hold where reason = '" + marker + "'");
            }
            owner.commit();
        }
    }

    private static String insertHold(String tenant, String marker) {
        return "insert into example_hold (id, tenant_id, cadre_id, reason, held_at) values (gen_random_uuid(), '"
                + tenant + "', gen_random_uuid(), '" + marker + "', now())";
    }

    /** Binds a plugin's connection as the platform does (PluginWallConnectionProvider). */
    private static void enterAsPlugin(Connection db, String tenant, String reads, String ticket) throws SQLException {
        try (PreparedStatement enter = db.prepareStatement("select zugong_enter_plugin(?, ?, ?)")) {
            enter.setString(1, tenant);
            enter.setString(2, reads);
            enter.setString(3, ticket);
            enter.execute();
        }
    }

    /** The ticket only the platform can compute: it reads the wall's secret as the owner. */
    private static String ticket(String tenant, String reads) throws SQLException {
        try (Connection owner = Postgres.asOwner()) {
            String secret = single(owner, "select secret from zugong_wall_key");
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((secret + "|plugin|" + tenant + "|" + reads).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
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
