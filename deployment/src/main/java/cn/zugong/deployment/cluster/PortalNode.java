package cn.zugong.deployment.cluster;

import cn.zugong.deployment.Launcher;
import cn.zugong.testkit.PortalStack;
import cn.zugong.testkit.StackSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One WildFly node with the portal: the run command's settings for PostgreSQL and an external realm
 * (the balancer's), its own port offset, its own server base directory (a fresh copy of the built
 * server's configuration at each start, its data and logs kept) and its own plugins directory, which
 * is only its cache of the jars kept in the database.
 */
final class PortalNode {

    private final String name;
    private final Path baseDir;
    private final Path plugins;
    private PortalStack stack;

    private PortalNode(String name, Path baseDir, Path plugins, PortalStack stack) {
        this.name = name;
        this.baseDir = baseDir;
        this.plugins = plugins;
        this.stack = stack;
    }

    /** Starts the node and returns once it sends a stranger to the login page. */
    static PortalNode start(ClusterSettings settings, int node) throws IOException, InterruptedException {
        String name = "node-" + ClusterPorts.name(node);
        Path data = settings.dataDirectory().resolve(name);
        Map<String, String> env = new HashMap<>(settings.portalEnvironment());
        env.remove("ZUGONG_PLUGINS_DIR");
        env.putIfAbsent("ZUGONG_OIDC_URL", settings.ports().realmUrl());
        StackSettings run = Launcher.settings(
                settings.deployment(), data, env, settings.ports().nodeOffsets().get(node), 0);
        Path baseDir = freshServerBase(run.serverBaseDir(), data.resolve("standalone"));
        Map<String, String> properties = new HashMap<>(run.systemProperties());
        // HAProxy's X-Forwarded-For gives the audit trail the user's address, not the balancer's
        properties.put("zugong.http.proxy-forwarding", "true");
        // a name of its own in the logs, and a transaction node identifier of its own (Narayana)
        properties.put("jboss.node.name", name);
        properties.put("jboss.tx.node.id", name);
        properties.putAll(settings.extraProperties());
        StackSettings nodeSettings = new StackSettings(
                run.wildflyHome(),
                baseDir,
                run.portOffset(),
                Optional.empty(),
                run.oidcUrl(),
                properties,
                settings.logDirectory().resolve(name));
        PortalStack stack = PortalStack.start(nodeSettings);
        return new PortalNode(name, baseDir, Path.of(properties.get("zugong.plugins.dir")), stack);
    }

    String name() {
        return name;
    }

    /** This node's plugins directory: its cache of the jars kept in the database. */
    Path plugins() {
        return plugins;
    }

    /** Stops the node as an operator would (SIGTERM, WildFly shuts down). */
    void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /**
     * Kills the node's server at once (SIGKILL, no shutdown), as a crash would: the processes started
     * for this node, found among this JVM's descendants by the node's own server directory.
     */
    void kill() {
        String marker = "-Djboss.server.base.dir=" + baseDir;
        Stream<ProcessHandle> mine = ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
        mine.toList().forEach(p -> {
            p.destroyForcibly();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Could not kill " + name, e);
            }
        });
        stop();
    }

    /** A fresh copy of the built server's configuration (and deployments); the node's data and logs stay. */
    static Path freshServerBase(Path source, Path target) {
        try {
            for (String dir : new String[] {"configuration", "deployments"}) {
                Path copy = target.resolve(dir);
                if (Files.exists(copy)) {
                    try (Stream<Path> old = Files.walk(copy)) {
                        old.sorted(Comparator.reverseOrder())
                                .forEach(p -> p.toFile().delete());
                    }
                }
                try (Stream<Path> files = Files.walk(source.resolve(dir))) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path to = target.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
