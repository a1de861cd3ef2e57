package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The integration tests' PostgreSQL database: a fresh {@code zugong_it} per run, owned by the
 * migration role, served to the portal through a separate role without any bypass of row-level
 * security, and to the plugins through a third. {@code .ci/run} creates the three roles; on a
 * developer machine with trust authentication for {@code postgres} (as on these machines) this
 * class creates them itself.
 */
final class Postgres {

    static final String HOST = System.getProperty("zugong.it.pg.host", "127.0.0.1");
    static final String PORT = System.getProperty("zugong.it.pg.port", "5432");
    static final String DATABASE = "zugong_it";
    static final String OWNER = "zugong_owner";
    static final String OWNER_PASSWORD = "zugong-owner-test";
    static final String APP = "zugong_app";
    static final String APP_PASSWORD = "zugong-app-test";
    static final String PLUGIN = "zugong_plugin";
    static final String PLUGIN_PASSWORD = "zugong-plugin-test";

    private Postgres() {}

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    static Connection asApp() throws SQLException {
        return DriverManager.getConnection(url(DATABASE), APP, APP_PASSWORD);
    }

    static Connection asPlugin() throws SQLException {
        return DriverManager.getConnection(url(DATABASE), PLUGIN, PLUGIN_PASSWORD);
    }

    static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(url(DATABASE), OWNER, OWNER_PASSWORD);
    }

    /** Creates the roles when missing and a fresh database; fails when PostgreSQL is not there. */
    static void prepare() throws SQLException {
        recreate(DATABASE);
    }

    /** Creates the roles when missing and a fresh database of this name, owned by the owner role. */
    static void recreate(String database) throws SQLException {
        try (Connection owner = DriverManager.getConnection(url("postgres"), OWNER, OWNER_PASSWORD)) {
            if (!pluginRoleExists(owner)) {
                createRoles();
            }
            recreateDatabase(owner, database);
        } catch (SQLException ownerMissing) {
            createRoles();
            try (Connection owner = DriverManager.getConnection(url("postgres"), OWNER, OWNER_PASSWORD)) {
                recreateDatabase(owner, database);
            }
        }
    }

    private static void createRoles() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + OWNER + "') then "
                    + "create role " + OWNER + " login createdb password '" + OWNER_PASSWORD + "'; end if; "
                    + "if not exists (select from pg_roles where rolname = '" + APP + "') then "
                    + "create role " + APP + " login nosuperuser nobypassrls password '" + APP_PASSWORD
                    + "'; end if; "
                    + "if not exists (select from pg_roles where rolname = '" + PLUGIN + "') then "
                    + "create role " + PLUGIN + " login nosuperuser nobypassrls password '" + PLUGIN_PASSWORD
                    + "'; end if; end $$");
        }
    }

    private static boolean pluginRoleExists(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                var row = sql.executeQuery("select count(*) from pg_roles where rolname = '" + PLUGIN + "'")) {
            row.next();
            return row.getInt(1) > 0;
        }
    }

    private static void recreateDatabase(Connection owner, String database) throws SQLException {
        try (Statement sql = owner.createStatement()) {
            sql.execute("drop database if exists " + database + " with (force)");
            sql.execute("create database " + database + " owner " + OWNER);
        }
    }
}
