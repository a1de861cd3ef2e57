package cn.zugong.core.plugin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's migrations run in its own history and may create only tenant tables with its prefix. */
class PluginDatabaseTest {

    @TempDir
    Path dir;

    private final PluginDatabase database = new PluginDatabase();

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:plugin" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        database.migrationDataSource = h2;
        try (Connection c = h2.getConnection()) {
            c.createStatement().execute("create table cadre (id uuid primary key, tenant_id varchar(6))");
        }
    }

    private ClassLoader plugin(String id, Map<String, String> migrations) throws IOException {
        Path root = dir.resolve(id + System.nanoTime());
        for (var m : migrations.entrySet()) {
            Path file = root.resolve("db/plugin/" + id + "/" + m.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, m.getValue());
        }
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }

    private boolean tableExists(String name) throws Exception {
        try (Connection c = database.migrationDataSource.getConnection()) {
            return PrefixCheck.tables(c).contains(name);
        }
    }

    @Test
    void migrationsRunOnceInThePluginsOwnHistoryOnANonEmptySchema() throws Exception {
        ClassLoader v1 = plugin(
                "notes",
                Map.of(
                        "V1__notes.sql",
                        "create table notes_note (id uuid primary key, tenant_id varchar(6) not null, text varchar(100));"));

        assertThat(database.migrate("notes", v1)).isEqualTo(1);
        assertThat(database.migrate("notes", v1)).isZero();
        assertThat(tableExists("notes_schema_history")).isTrue();
        assertThat(database.tables("notes")).containsExactly("notes_note");
    }

    @Test
    void everyRecordedPluginsTablesComeParentsFirstForTheCountyExportAndPurge() throws Exception {
        try (Connection c = database.migrationDataSource.getConnection()) {
            c.createStatement().execute("create table platform_plugin (plugin_id varchar(64) primary key)");
            c.createStatement().execute("insert into platform_plugin values ('notes'), ('gone')");
        }
        database.migrate(
                "notes",
                plugin(
                        "notes",
                        Map.of(
                                "V1__notes.sql",
                                "create table notes_tag (id uuid primary key, tenant_id varchar(6) not null);"
                                        + " create table notes_note (id uuid primary key, tenant_id varchar(6) not null,"
                                        + " tag_id uuid references notes_tag (id));"
                                        + " create table notes_attachment (id uuid primary key,"
                                        + " tenant_id varchar(6) not null, note_id uuid references notes_note (id));")));
        database.migrate(
                "gone",
                plugin(
                        "gone",
                        Map.of(
                                "V1__gone.sql",
                                "create table gone_item (id uuid primary key, tenant_id varchar(6) not null);")));
        PluginTenantTables tables = new PluginTenantTables();
        tables.database = database;

        assertThat(tables.pluginIds()).containsExactly("gone", "notes");
        assertThat(tables.tables()).containsExactly("gone_item", "notes_tag", "notes_note", "notes_attachment");
    }

    @Test
    void anUpgradeRunsOnlyTheNewMigrations() throws Exception {
        String v1 = "create table notes_note (id uuid primary key, tenant_id varchar(6) not null);";
        database.migrate("notes", plugin("notes", Map.of("V1__notes.sql", v1)));

        int applied = database.migrate(
                "notes",
                plugin(
                        "notes",
                        Map.of(
                                "V1__notes.sql",
                                v1,
                                "V2__tags.sql",
                                "create table notes_tag (id uuid primary key, tenant_id varchar(6) not null);")));

        assertThat(applied).isEqualTo(1);
        assertThat(database.tables("notes")).containsExactly("notes_note", "notes_tag");
    }

    @Test
    void aTableOutsideThePrefixRefusesTheMigration() throws Exception {
        ClassLoader loader = plugin(
                "notes",
                Map.of(
                        "V1__sneaky.sql",
                        "create table audit_copy (id uuid primary key, tenant_id varchar(6) not null);"));

        assertThatThrownBy(() -> database.migrate("notes", loader))
                .isInstanceOf(PluginDataException.class)
                .hasMessageContaining("audit_copy");
    }

    @Test
    void aTableWithoutTenantColumnRefusesTheMigration() throws Exception {
        ClassLoader loader = plugin("notes", Map.of("V1__notes.sql", "create table notes_note (id uuid primary key);"));

        assertThatThrownBy(() -> database.migrate("notes", loader))
                .isInstanceOf(PluginDataException.class)
                .hasMessageContaining("notes_note has no tenant_id");
    }

    @Test
    void aPluginWithoutMigrationsHasNoTables() throws Exception {
        assertThat(database.migrate("plain", plugin("plain", Map.of()))).isZero();
        assertThat(tableExists("plain_schema_history")).isFalse();
    }

    @Test
    void purgingDropsThePluginsTablesAndHistoryOnly() throws Exception {
        database.migrate(
                "notes",
                plugin(
                        "notes",
                        Map.of(
                                "V1__notes.sql",
                                "create table notes_note (id uuid primary key, tenant_id varchar(6) not null);")));

        database.drop("notes");

        assertThat(tableExists("notes_note")).isFalse();
        assertThat(tableExists("notes_schema_history")).isFalse();
        assertThat(tableExists("cadre")).isTrue();
    }
}
