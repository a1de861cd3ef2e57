package cn.zugong.deployment;

import cn.zugong.testkit.PortalStack;
import cn.zugong.testkit.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run command: starts Keycloak and WildFly with the portal on their embedded defaults (or on
 * PostgreSQL and an external Keycloak when the environment says so), prints where to go and who
 * to log in as, and stops both on Ctrl-C.
 */
public final class Launcher {

    static final int KEYCLOAK_PORT = 8180;

    /** How long the servers left over at a stop are given to end before they are killed. */
    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path deployment = Path.of(args.length > 0 ? args[0] : "deployment")
                .toAbsolutePath()
                .normalize();
        if (java.util.Arrays.asList(args).contains("--cluster")) {
            ClusterLauncher.run(deployment);
            return;
        }
        StackSettings settings;
        try {
            settings = settings(deployment, deployment.resolve(".data"), System.getenv(), 0, KEYCLOAK_PORT);
        } catch (IllegalArgumentException misconfigured) {
            System.err.println(misconfigured.getMessage());
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        System.out.println(
                "Starting Keycloak and WildFly (logs in " + deployment.relativize(settings.logDirectory()) + ") ...");
        // registered before anything starts: stopped while the servers boot, it stops them too
        AtomicReference<PortalStack> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the portal ...");
            Optional.ofNullable(running.get()).ifPresent(PortalStack::close);
            LeftoverProcesses.stop(STOP_GRACE);
            stopped.countDown();
        }));
        try {
            running.set(PortalStack.start(settings));
        } catch (java.io.IOException failed) {
            System.err.println(failed.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(Banner.text(settings, Duration.between(started, Instant.now())));
        stopped.await();
    }

    /**
     * The run's plugins directory under the data folder: the built (bundled) plugins copied in at
     * each start, and the plugins uploaded at run time, kept with the run's database.
     */
    static Path plugins(Path target, Path data) {
        Path plugins = data.resolve("plugins");
        try {
            Files.createDirectories(plugins);
            Path built = target.resolve("plugins");
            if (Files.isDirectory(built)) {
                try (var jars = Files.list(built)) {
                    for (Path jar : (Iterable<Path>) jars::iterator) {
                        Files.copy(jar, plugins.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return plugins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings the environment asks for: see README, "Configuration". */
    public static StackSettings settings(
            Path deployment, Path data, Map<String, String> env, int portOffset, int keycloakPort) {
        Path target = deployment.resolve("target");
        Map<String, String> props = new HashMap<>();
        String dbUrl = env.get("ZUGONG_DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            props.put("zugong.db.driver", "postgresql");
            props.put("zugong.db.url", dbUrl);
            props.put("zugong.db.user", env.getOrDefault("ZUGONG_DB_USER", ""));
            props.put("zugong.db.password", env.getOrDefault("ZUGONG_DB_PASSWORD", ""));
            props.put("zugong.db.owner-user", env.getOrDefault("ZUGONG_DB_OWNER_USER", props.get("zugong.db.user")));
            props.put(
                    "zugong.db.owner-password",
                    env.getOrDefault("ZUGONG_DB_OWNER_PASSWORD", props.get("zugong.db.password")));
            props.put("zugong.db.app-role", props.get("zugong.db.user"));
            props.put("zugong.db.plugin-user", env.getOrDefault("ZUGONG_DB_PLUGIN_USER", props.get("zugong.db.user")));
            props.put(
                    "zugong.db.plugin-password",
                    env.getOrDefault("ZUGONG_DB_PLUGIN_PASSWORD", props.get("zugong.db.password")));
            props.put("zugong.db.plugin-role", props.get("zugong.db.plugin-user"));
            // The reports' replica (README, "Configuration"): without it they read the primary.
            String replicaUrl = env.get("ZUGONG_DB_REPLICA_URL");
            if (replicaUrl != null && !replicaUrl.isBlank()) {
                props.put("zugong.db.replica-url", replicaUrl);
            }
        } else {
            String replicaUrl = env.get("ZUGONG_DB_REPLICA_URL");
            if (replicaUrl != null && !replicaUrl.isBlank()) {
                throw new IllegalArgumentException(
                        "ZUGONG_DB_REPLICA_URL is set: set ZUGONG_DB_URL to its primary (a replica of H2 does not exist)");
            }
            String h2 = "jdbc:h2:file:" + data.resolve("h2/zugong")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            props.put("zugong.db.url", h2);
        }
        String externalOidc = env.get("ZUGONG_OIDC_URL");
        Optional<StackSettings.ManagedKeycloak> keycloak = Optional.empty();
        String oidcUrl;
        if (externalOidc != null && !externalOidc.isBlank()) {
            oidcUrl = externalOidc;
            props.put("zugong.oidc.client-id", env.getOrDefault("ZUGONG_OIDC_CLIENT_ID", "zugong-portal"));
            String secret = env.getOrDefault("ZUGONG_OIDC_SECRET", "");
            if (secret.isBlank()) {
                throw new IllegalArgumentException(
                        "ZUGONG_OIDC_URL is set: set ZUGONG_OIDC_SECRET to the secret of the portal's client in that realm");
            }
            props.put("zugong.oidc.secret", secret);
            // The service-account client the portal manages groups and users with (README, "Run without demo").
            props.put("zugong.admin.client-id", env.getOrDefault("ZUGONG_ADMIN_CLIENT_ID", "zugong-admin"));
            props.put("zugong.admin.secret", env.getOrDefault("ZUGONG_ADMIN_SECRET", ""));
        } else {
            oidcUrl = "http://localhost:" + keycloakPort + "/realms/zugong";
            keycloak = Optional.of(
                    new StackSettings.ManagedKeycloak(keycloakHome(target), keycloakPort, data.resolve("keycloak")));
        }
        props.put("zugong.oidc.url", oidcUrl);
        props.put(
                "zugong.plugins.dir",
                env.getOrDefault("ZUGONG_PLUGINS_DIR", plugins(target, data).toString()));
        props.put("zugong.demo", env.getOrDefault("ZUGONG_DEMO", "true"));
        return new StackSettings(
                wildflyHome(target),
                wildflyHome(target).resolve("standalone"),
                portOffset,
                keycloak,
                oidcUrl,
                props,
                data.resolve("logs"));
    }

    static Path wildflyHome(Path target) {
        return target.resolve("wildfly-preview-" + Versions.WILDFLY);
    }

    static Path keycloakHome(Path target) {
        return target.resolve("keycloak-" + Versions.KEYCLOAK);
    }
}
