package cn.zugong.deployment.it;

import cn.zugong.testkit.PortalStack;
import cn.zugong.testkit.StackSettings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts Keycloak (a fresh database with the demo realm) and WildFly with the portal and the example plugin on
 * PostgreSQL once per test run, shared by every integration test class, and stops them at the
 * end. Ports: WildFly 9080, Keycloak 9180, so a portal started with the run command can keep
 * running. Without PostgreSQL the tests are skipped, unless {@code CI=true}, where they fail.
 * A GreenMail SMTP server on a free port, in this JVM, is the server's SMTP server for notices by
 * e-mail ({@link #mail()}): configured for the whole run, it receives mail only for users who
 * chose so.
 */
public final class FullStack implements BeforeAllCallback {

    static final int PORT_OFFSET = 1000;
    static final int KEYCLOAK_PORT = 9180;
    static final String REALM_URL = "http://localhost:" + KEYCLOAK_PORT + "/realms/zugong";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FullStack.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    private static volatile GreenMail mail;

    /** The SMTP server the portal mails notices through, with what it received this run. */
    static GreenMail mail() {
        return mail;
    }

    static String portalUrl() {
        return "http://localhost:" + (8080 + PORT_OFFSET) + "/";
    }

    static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static Path emptyDirectory(Path dir) {
        delete(dir);
        return dir;
    }

    private static void delete(Path dir) {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A fresh copy of the configured server's base directory under target. */
    static Path freshServerBase(String name) {
        Path source = Path.of(System.getProperty("zugong.wildfly.home")).resolve("standalone");
        Path target = moduleDir().resolve("target").resolve(name).resolve("standalone");
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    old.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
            for (String dir : new String[] {"configuration", "deployments"}) {
                try (Stream<Path> files = Files.walk(source.resolve(dir))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path copy = target.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(file, copy);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the built plugins (the example), where the run's uploads go too. */
    static Path freshPlugins() {
        Path target = emptyDirectory(moduleDir().resolve("target/it-plugins"));
        try {
            Files.createDirectories(target);
            try (Stream<Path> jars = Files.list(Path.of(System.getProperty("zugong.plugins.dir")))) {
                for (Path jar : (Iterable<Path>) jars::iterator) {
                    Files.copy(jar, target.resolve(jar.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Running(PortalStack stack, GreenMail smtp) implements AutoCloseable {

        static Running start() {
            try {
                Postgres.prepare();
            } catch (Exception noPostgres) {
                if (ci()) {
                    throw new IllegalStateException("PostgreSQL is required on CI", noPostgres);
                }
                Assumptions.abort("PostgreSQL not reachable: " + noPostgres.getMessage());
            }
            Path logs = moduleDir().resolve("target/it-logs");
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            mail = smtp;
            StackSettings settings = new StackSettings(
                    Path.of(System.getProperty("zugong.wildfly.home")),
                    freshServerBase("it-server"),
                    PORT_OFFSET,
                    Optional.of(new StackSettings.ManagedKeycloak(
                            Path.of(System.getProperty("zugong.keycloak.home")),
                            KEYCLOAK_PORT,
                            emptyDirectory(moduleDir().resolve("target/it-keycloak")))),
                    REALM_URL,
                    Map.ofEntries(
                            Map.entry("zugong.db.driver", "postgresql"),
                            Map.entry("zugong.db.url", Postgres.url(Postgres.DATABASE)),
                            Map.entry("zugong.db.user", Postgres.APP),
                            Map.entry("zugong.db.password", Postgres.APP_PASSWORD),
                            Map.entry("zugong.db.owner-user", Postgres.OWNER),
                            Map.entry("zugong.db.owner-password", Postgres.OWNER_PASSWORD),
                            Map.entry("zugong.db.app-role", Postgres.APP),
                            Map.entry("zugong.db.plugin-user", Postgres.PLUGIN),
                            Map.entry("zugong.db.plugin-password", Postgres.PLUGIN_PASSWORD),
                            Map.entry("zugong.db.plugin-role", Postgres.PLUGIN),
                            Map.entry("zugong.oidc.url", REALM_URL),
                            Map.entry("zugong.plugins.dir", freshPlugins().toString()),
                            Map.entry("zugong.demo", "true"),
                            Map.entry("zugong.smtp.host", "localhost"),
                            Map.entry(
                                    "zugong.smtp.port",
                                    Integer.toString(smtp.getSmtp().getPort())),
                            Map.entry("zugong.smtp.from", "zugong-it@demo.zugong.invalid"),
                            // plugin jobs are due at most a few seconds after a county enables them
                            Map.entry("zugong.jobs.tick-seconds", "5"),
                            // TenantExportIT purges the county it archived a moment before
                            Map.entry("zugong.tenant.purge-wait-days", "0"),
                            // IdleSessionIT's user only: 8 s of idleness end the session
                            Map.entry("zugong.session.idle-seconds", String.valueOf(IdleSessionIT.IDLE_SECONDS)),
                            Map.entry("zugong.session.idle-users", IdleSessionIT.USER)),
                    logs);
            try {
                return new Running(PortalStack.start(settings), smtp);
            } catch (IOException | InterruptedException e) {
                smtp.stop();
                throw new IllegalStateException("The portal did not start; logs in target/it-logs", e);
            }
        }

        @Override
        public void close() {
            stack.close();
            smtp.stop();
        }
    }
}
