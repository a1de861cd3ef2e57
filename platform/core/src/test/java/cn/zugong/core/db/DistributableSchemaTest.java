package cn.zugong.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.data.PluginDatabase;
import cn.zugong.core.testdb.ScratchPostgres;
import cn.zugong.core.testdb.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the schema distributable by {@code tenant_id} (Citus; ARCHITECTURE.md, Scale): after every
 * core migration and the migrations of every bundled plugin (read from their sources beside this
 * module, run through the platform's {@link PluginDatabase} as the server runs them), PostgreSQL's
 * catalog must show no table without {@code tenant_id} that is not declared global in {@link
 * SchemaDistribution#GLOBAL}, and no key or foreign key that Citus would refuse beyond the accepted
 * ones in {@link SchemaDistribution#ACCEPTED}. A new table, key or foreign key fails here until it
 * carries {@code tenant_id} or is declared with its reason; an accepted finding that is gone must
 * leave the list too.
 */
class DistributableSchemaTest {

    private static ScratchPostgres postgres;
    private static Set<String> plugins;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = ScratchPostgres.migrated("schema");
        PluginDatabase database = TestDatabase.wire(new PluginDatabase(), "migrationDataSource", postgres.owner());
        plugins = new TreeSet<>();
        System.setProperty("zugong.db.plugin-role", ScratchPostgres.PLUGIN);
        try {
            for (Path location : bundledPluginMigrations()) {
                String id = location.getFileName().toString();
                Path resources = location.getParent().getParent().getParent();
                try (URLClassLoader loader =
                        new URLClassLoader(new URL[] {resources.toUri().toURL()}, null)) {
                    database.migrate(id, loader);
                }
                plugins.add(id);
            }
        } finally {
            System.clearProperty("zugong.db.plugin-role");
        }
    }

    @AfterAll
    static void drop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theBundledPluginsTablesAreCheckedToo() {
        assertThat(plugins).contains("example", "training");
    }

    @Test
    void everyTableWithoutATenantIsDeclaredGlobal() throws Exception {
        try (Connection db = postgres.owner().getConnection()) {
            Set<String> undeclared = new TreeSet<>(new SchemaCatalog(db).tablesWithoutTenant());
            undeclared.removeIf(SchemaDistribution::declaredGlobal);
            assertThat(undeclared)
                    .as("tables without tenant_id that SchemaDistribution.GLOBAL does not declare")
                    .isEmpty();
        }
    }

    @Test
    void everyTableDeclaredGlobalExistsWithoutATenant() throws Exception {
        try (Connection db = postgres.owner().getConnection()) {
            Set<String> stale = new TreeSet<>(SchemaDistribution.GLOBAL.keySet());
            stale.removeAll(new SchemaCatalog(db).tablesWithoutTenant());
            assertThat(stale)
                    .as("tables declared global that are gone or have tenant_id now")
                    .isEmpty();
        }
    }

    @Test
    void noKeyOrForeignKeyStopsTheDistributionBeyondTheAcceptedOnes() throws Exception {
        try (Connection db = postgres.owner().getConnection()) {
            SchemaCatalog catalog = new SchemaCatalog(db);
            Set<String> findings = new TreeSet<>(catalog.keysWithoutTenant());
            findings.addAll(catalog.keysAcrossTenants());
            findings.addAll(catalog.nullableTenantColumns());

            Set<String> fresh = new TreeSet<>(findings);
            fresh.removeAll(SchemaDistribution.ACCEPTED.keySet());
            assertThat(fresh)
                    .as("keys without tenant_id, foreign keys across tenants, nullable tenant_id")
                    .isEmpty();
            Set<String> stale = new TreeSet<>(SchemaDistribution.ACCEPTED.keySet());
            stale.removeAll(findings);
            assertThat(stale).as("accepted findings that are gone: remove them").isEmpty();
        }
    }

    @Test
    void theCheckFindsAKeyWithoutTheTenantAndAForeignKeyAcrossTenants() throws Exception {
        try (Connection db = postgres.owner().getConnection();
                var sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("create table probe_parent (tenant_id varchar(6) not null, id uuid primary key)");
            sql.execute("create table probe_child (tenant_id varchar(6), id uuid, parent_id uuid"
                    + " references probe_parent (id), primary key (tenant_id, id))");
            sql.execute("create table probe_global (id integer primary key, child_id uuid,"
                    + " child_tenant varchar(6), foreign key (child_tenant, child_id)"
                    + " references probe_child (tenant_id, id))");
            SchemaCatalog catalog = new SchemaCatalog(db);
            assertThat(catalog.keysWithoutTenant()).contains("key probe_parent.probe_parent_pkey (id)");
            assertThat(catalog.keysAcrossTenants())
                    .anyMatch(f -> f.startsWith("foreign key probe_child."))
                    .anyMatch(f -> f.startsWith("foreign key probe_global."));
            sql.execute("create table probe_loose (tenant_id varchar(6), note varchar(10))");
            assertThat(catalog.nullableTenantColumns()).containsExactly("nullable tenant_id probe_loose");
            assertThat(catalog.tablesWithoutTenant()).contains("probe_global");
            db.rollback();
        }
    }

    /** {@code plugins/<name>/src/main/resources/db/plugin/<id>} of every bundled plugin. */
    private static List<Path> bundledPluginMigrations() throws IOException {
        Path pluginsRoot = Path.of(System.getProperty("basedir", "."))
                .toAbsolutePath()
                .resolve("../../plugins")
                .normalize();
        assertThat(pluginsRoot).as("the bundled plugins' sources").isDirectory();
        try (Stream<Path> modules = Files.list(pluginsRoot)) {
            return modules.map(m -> m.resolve("src/main/resources/db/plugin"))
                    .filter(Files::isDirectory)
                    .flatMap(DistributableSchemaTest::children)
                    .sorted()
                    .toList();
        }
    }

    private static Stream<Path> children(Path dir) {
        try (Stream<Path> ids = Files.list(dir)) {
            return ids.filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
