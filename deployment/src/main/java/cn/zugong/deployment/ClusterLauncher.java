package cn.zugong.deployment;

import cn.zugong.deployment.cluster.Cluster;
import cn.zugong.deployment.cluster.ClusterPorts;
import cn.zugong.deployment.cluster.ClusterSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code run.sh --cluster}: HAProxy on the run command's two addresses (portal 8080, Keycloak 8180)
 * in front of two portal nodes and two Keycloak nodes, on the local PostgreSQL (README, "Scale-out").
 * Without {@code ZUGONG_DB_URL} it uses the database {@code zugong_cluster} and the roles the tests
 * use ({@code .ci/run}), Keycloak's nodes {@code zugong_cluster_kc}; both are created when missing.
 */
final class ClusterLauncher {

    static final String DATABASE = "zugong_cluster";
    static final String KEYCLOAK_DATABASE = "zugong_cluster_kc";

    private ClusterLauncher() {}

    static void run(Path deployment) throws InterruptedException {
        ClusterSettings settings;
        try {
            settings = settings(deployment, System.getenv());
            Cluster.checkTools();
            createDatabases(settings);
        } catch (IllegalArgumentException | IOException | SQLException misconfigured) {
            System.err.println(misconfigured.getMessage());
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        System.out.println("Starting HAProxy, two Keycloak and two portal nodes (logs in "
                + deployment.relativize(settings.logDirectory()) + ") ...");
        // registered before anything starts: stopped while the nodes boot, it stops them too
        AtomicReference<Cluster> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the cluster ...");
            Optional.ofNullable(running.get()).ifPresent(Cluster::close);
            LeftoverProcesses.stop(Launcher.STOP_GRACE);
            stopped.countDown();
        }));
        Cluster cluster;
        try {
            cluster = Cluster.start(settings);
            running.set(cluster);
        } catch (IOException failed) {
            System.err.println(failed.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(Banner.cluster(cluster, Duration.between(started, Instant.now())));
        stopped.await();
    }

    static ClusterSettings settings(Path deployment, Map<String, String> env) throws IOException {
        if (!env.getOrDefault("ZUGONG_OIDC_URL", "").isBlank()) {
            throw new IllegalArgumentException(
                    "--cluster starts its own two Keycloak nodes: unset ZUGONG_OIDC_URL (or run one node with it)");
        }
        Path keycloak = deployment.resolve("target/keycloak-cluster/keycloak-" + Versions.KEYCLOAK);
        if (!Files.isDirectory(keycloak)) {
            throw new IOException("The cluster's Keycloak is not built: " + keycloak);
        }
        Map<String, String> portal = new HashMap<>(env);
        if (env.getOrDefault("ZUGONG_DB_URL", "").isBlank()) {
            // the local PostgreSQL with the roles .ci/run and the ITs create (README, "PostgreSQL")
            portal.put("ZUGONG_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
            portal.put("ZUGONG_DB_USER", "zugong_app");
            portal.put("ZUGONG_DB_PASSWORD", "zugong-app-test");
            portal.put("ZUGONG_DB_OWNER_USER", "zugong_owner");
            portal.put("ZUGONG_DB_OWNER_PASSWORD", "zugong-owner-test");
            portal.put("ZUGONG_DB_PLUGIN_USER", "zugong_plugin");
            portal.put("ZUGONG_DB_PLUGIN_PASSWORD", "zugong-plugin-test");
        } else if (!env.get("ZUGONG_DB_URL").startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--cluster needs PostgreSQL: ZUGONG_DB_URL=jdbc:postgresql://…");
        }
        portal.put("ZUGONG_OIDC_SECRET", env.getOrDefault("ZUGONG_OIDC_SECRET", "zugong-demo-secret"));
        portal.put("ZUGONG_ADMIN_SECRET", env.getOrDefault("ZUGONG_ADMIN_SECRET", "zugong-admin-demo-secret"));
        String owner = portal.getOrDefault("ZUGONG_DB_OWNER_USER", portal.get("ZUGONG_DB_USER"));
        String ownerPassword = portal.getOrDefault("ZUGONG_DB_OWNER_PASSWORD", portal.get("ZUGONG_DB_PASSWORD"));
        ClusterSettings.Database idp = new ClusterSettings.Database(
                env.getOrDefault("ZUGONG_KC_DB_URL", sibling(portal.get("ZUGONG_DB_URL"), KEYCLOAK_DATABASE)),
                env.getOrDefault("ZUGONG_KC_DB_USER", owner),
                env.getOrDefault("ZUGONG_KC_DB_PASSWORD", ownerPassword));
        Path data = deployment.resolve(".data/cluster");
        return new ClusterSettings(
                deployment, keycloak, ClusterPorts.RUN, portal, idp, Map.of(), data, data.resolve("logs"));
    }

    /** The URL of another database on the same server. */
    static String sibling(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    /** Creates the portal's and Keycloak's databases when missing, as the owner role (which may create databases). */
    static void createDatabases(ClusterSettings settings) throws SQLException {
        Map<String, String> env = settings.portalEnvironment();
        String owner = env.getOrDefault("ZUGONG_DB_OWNER_USER", env.get("ZUGONG_DB_USER"));
        String password = env.getOrDefault("ZUGONG_DB_OWNER_PASSWORD", env.get("ZUGONG_DB_PASSWORD"));
        String portalUrl = env.get("ZUGONG_DB_URL");
        try (Connection db = DriverManager.getConnection(sibling(portalUrl, "postgres"), owner, password)) {
            createIfMissing(db, name(portalUrl), owner);
            createIfMissing(
                    db,
                    name(settings.keycloakDatabase().url()),
                    settings.keycloakDatabase().user());
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL: cannot connect as " + owner + " to create the cluster's databases ("
                    + e.getMessage() + "). Create the roles first: README, \"PostgreSQL\" (or .ci/run).");
        }
    }

    private static String name(String url) {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return base.substring(base.lastIndexOf('/') + 1);
    }

    private static void createIfMissing(Connection db, String database, String owner) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*") || !owner.matches("[a-z_][a-z0-9_]*")) {
            throw new SQLException("Unexpected database or role name: " + database + ", " + owner);
        }
        try (PreparedStatement exists = db.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("create database " + database + " owner " + owner);
        }
    }
}
