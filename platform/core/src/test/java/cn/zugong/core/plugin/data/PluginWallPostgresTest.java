package cn.zugong.core.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.db.PerfMigration;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The plugins' side of the wall on the local PostgreSQL, through the platform's own code: the
 * portal's migrations, a plugin's migration and grants ({@link PluginDatabase}) and the binding of
 * its connections ({@link PluginWallConnectionProvider}). Uses the integration tests' roles
 * ({@code zugong_owner}, {@code zugong_app}, {@code zugong_plugin}) and a database of its own,
 * dropped afterwards. Without PostgreSQL it is skipped, unless {@code CI=true}, where it fails.
 */
class PluginWallPostgresTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String NAME =
            "zugong_core_wall_" + ProcessHandle.current().pid();
    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    @TempDir
    static Path dir;

    private static final PluginDatabase database = new PluginDatabase();

    @BeforeAll
    static void migrate() throws Exception {
        try (Connection admin = DriverManager.getConnection(URL + "postgres", "zugong_owner", "zugong-owner-test");
                Statement sql = admin.createStatement()) {
            sql.execute("create database " + NAME + " owner zugong_owner");
        } catch (SQLException noPostgres) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw noPostgres;
            }
            Assumptions.abort("PostgreSQL with the test roles not reachable: " + noPostgres.getMessage());
        }
        System.setProperty("zugong.db.plugin-role", "zugong_plugin");
        try {
            PerfMigration.migrate(source("zugong_owner", "zugong-owner-test"), app(), "zugong_app");
            try (Connection owner = owner();
                    Statement sql = owner.createStatement()) {
                sql.execute("insert into tenant (code, parent_code, path, name_zh, name_en) values"
                        + " ('510000', null, '/51/', '四川省', 'Sichuan'),"
                        + " ('" + WENJIANG + "', '510000', '/51/510115/', '温江区', 'Wenjiang'),"
                        + " ('" + PIDU + "', '510000', '/51/510117/', '郫都区', 'Pidu')");
            }
            database.migrationDataSource = source("zugong_owner", "zugong-owner-test");
            Path root = dir.resolve("notes");
            Path migration = root.resolve("db/plugin/notes/V1__notes.sql");
            Files.createDirectories(migration.getParent());
            Files.writeString(
                    migration,
                    "create table notes_note (id integer primary key, tenant_id varchar(6) not null, text varchar(100));");
            database.migrate("notes", new URLClassLoader(new URL[] {root.toUri().toURL()}, null));
        } finally {
            System.clearProperty("zugong.db.plugin-role");
            System.clearProperty("zugong.db.app-role");
        }
        try (Connection owner = owner();
                Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            TenantWallConnectionProvider.bind(owner, Tenancy.writing(new TenantId(WENJIANG)));
            sql.execute("insert into notes_note values (1, '" + WENJIANG + "', 'w')");
            TenantWallConnectionProvider.bind(owner, Tenancy.writing(new TenantId(PIDU)));
            sql.execute("insert into notes_note values (2, '" + PIDU + "', 'p')");
            owner.commit();
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Connection admin = DriverManager.getConnection(URL + "postgres", "zugong_owner", "zugong-owner-test");
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + NAME + " with (force)");
        } catch (SQLException noPostgres) {
            // skipped above
        }
    }

    @Test
    void aPluginBoundByThePlatformReadsAndWritesOnlyThatCounty() throws SQLException {
        PluginWallConnectionProvider provider = database.connectionProvider();
        try (Connection db = plugin();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            provider.enter(db, Tenancy.writing(new TenantId(WENJIANG)));

            assertThat(tenants(db)).containsExactly(WENJIANG);
            assertThat(sql.executeUpdate("update notes_note set text = 'x'")).isOne();
            assertThatThrownBy(() -> sql.execute("insert into notes_note values (3, '" + PIDU + "', 'x')"))
                    .hasMessageContaining("row-level security");
            db.rollback();

            provider.enter(db, Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))));
            assertThat(tenants(db)).containsExactlyInAnyOrder(WENJIANG, PIDU);
            db.rollback();
        }
    }

    @Test
    void aTenancyThePluginSetsItselfShowsItNothing() throws SQLException {
        PluginWallConnectionProvider provider = database.connectionProvider();
        try (Connection db = plugin();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("select set_config('zugong.tenant', '" + PIDU + "', true),"
                    + " set_config('zugong.read_tenants', '" + WENJIANG + "," + PIDU + "', true)");
            assertThat(tenants(db)).isEmpty();
            db.rollback();

            provider.enter(db, Tenancy.writing(new TenantId(WENJIANG)));
            sql.execute("select set_config('zugong.read_tenants', '" + WENJIANG + "," + PIDU + "', true)");
            assertThat(tenants(db)).isEmpty();
            db.rollback();

            assertThatThrownBy(() -> sql.execute("select zugong_enter('" + PIDU + "', '" + PIDU + "')"))
                    .hasMessageContaining("permission denied");
            db.rollback();
            assertThatThrownBy(() -> sql.execute("select zugong_enter_plugin('" + PIDU + "', '" + PIDU + "', 'guess')"))
                    .hasMessageContaining("ticket refused");
        }
    }

    @Test
    void thePluginsRoleReachesOnlyThePluginsTables() throws SQLException {
        try (Connection db = plugin();
                Statement sql = db.createStatement()) {
            for (String table :
                    List.of("tenant", "org_unit", "cadre", "audit_event", "zugong_wall_key", "notes_schema_history")) {
                assertThatThrownBy(() -> sql.executeQuery("select count(*) from " + table))
                        .as(table)
                        .hasMessageContaining("permission denied");
            }
            sql.execute("reset role");
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from cadre"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("set role zugong_app")).hasMessageContaining("permission denied");
        }
    }

    @Test
    void theSettingsThePortalsRoleChangesItselfAreNotHonoured() throws SQLException {
        try (Connection db = app().getConnection();
                Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("select set_config('zugong.read_tenants', '" + WENJIANG + "', true)");
            assertThat(tenants(db)).isEmpty();
            db.rollback();
            TenantWallConnectionProvider.bind(db, Tenancy.writing(new TenantId(WENJIANG)));
            assertThat(tenants(db)).containsExactly(WENJIANG);
            db.rollback();
        }
    }

    private static List<String> tenants(Connection db) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("select tenant_id from notes_note order by id")) {
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
        }
        return tenants;
    }

    private static Connection owner() throws SQLException {
        return source("zugong_owner", "zugong-owner-test").getConnection();
    }

    private static Connection plugin() throws SQLException {
        return source("zugong_plugin", "zugong-plugin-test").getConnection();
    }

    private static DataSource app() {
        return source("zugong_app", "zugong-app-test");
    }

    private static DataSource source(String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(URL + NAME);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }
}
