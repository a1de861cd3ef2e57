package cn.zugong.core.db;

import javax.sql.DataSource;

/** Runs the portal's own {@link DatabaseMigrator} outside WildFly, for the hand-run benchmarks. */
public final class PerfMigration {

    private PerfMigration() {}

    /** Migrates as the owner; the application role named here gets the grants, as on the server. */
    public static void migrate(DataSource owner, DataSource app, String appRole) {
        System.setProperty("zugong.db.app-role", appRole);
        DatabaseMigrator migrator = new DatabaseMigrator();
        migrator.migrationDataSource = owner;
        migrator.appDataSource = app;
        migrator.migrate();
    }
}
