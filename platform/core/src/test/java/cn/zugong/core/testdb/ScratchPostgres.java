package cn.zugong.core.testdb;

import cn.zugong.core.db.PerfMigration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own on the local PostgreSQL, migrated by the portal's own {@link
 * cn.zugong.core.db.DatabaseMigrator} as the integration tests' owner role ({@code zugong_owner}),
 * with the grants to {@code zugong_app} and {@code zugong_plugin} that the server makes. Without
 * PostgreSQL the calling test is skipped, unless {@code CI=true}, where it fails. Closing drops it.
 */
public final class ScratchPostgres implements AutoCloseable {

    public static final String OWNER = "zugong_owner";
    public static final String APP = "zugong_app";
    public static final String PLUGIN = "zugong_plugin";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String OWNER_PASSWORD = "zugong-owner-test";
    private static final String APP_PASSWORD = "zugong-app-test";
    private static final String PLUGIN_PASSWORD = "zugong-plugin-test";

    private final String name;

    private ScratchPostgres(String name) {
        this.name = name;
    }

    /** Creates and migrates a database named after the caller and this process. */
    public static ScratchPostgres migrated(String purpose) throws SQLException {
        ScratchPostgres db = new ScratchPostgres(
                "zugong_" + purpose + "_" + ProcessHandle.current().pid());
        try (Connection admin = DriverManager.getConnection(URL + "postgres", OWNER, OWNER_PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + db.name + " with (force)");
            sql.execute("create database " + db.name + " owner " + OWNER);
        } catch (SQLException noPostgres) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw noPostgres;
            }
            Assumptions.abort("PostgreSQL with the test roles not reachable: " + noPostgres.getMessage());
        }
        System.setProperty("zugong.db.plugin-role", PLUGIN);
        try {
            PerfMigration.migrate(db.owner(), db.app(), APP);
        } finally {
            System.clearProperty("zugong.db.plugin-role");
            System.clearProperty("zugong.db.app-role");
        }
        return db;
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** The owner role's data source: migrations, fixtures, the catalog. */
    public DataSource owner() {
        return source(OWNER, OWNER_PASSWORD);
    }

    /** The portal's role, as the server's requests and jobs connect. */
    public DataSource app() {
        return source(APP, APP_PASSWORD);
    }

    /** The plugins' role. */
    public DataSource plugin() {
        return source(PLUGIN, PLUGIN_PASSWORD);
    }

    /** Inserts tenants as the owner: code, parent code (or null), path. */
    public void tenant(String code, String parent, String path) throws SQLException {
        try (Connection owner = owner().getConnection();
                var insert = owner.prepareStatement(
                        "insert into tenant (code, parent_code, path, name_zh, name_en) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, code);
            insert.setString(2, parent);
            insert.setString(3, path);
            insert.setString(4, code);
            insert.setString(5, code);
            insert.executeUpdate();
        }
    }

    private DataSource source(String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(URL + name);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    /**
     * Drops the database. Without {@code force}, which the owner may not use on the other roles'
     * sessions: PostgreSQL waits a few seconds for the sessions the test closed to end.
     */
    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(URL + "postgres", OWNER, OWNER_PASSWORD);
                Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name);
        }
    }
}
