package cn.zugong.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A running portal: a Keycloak server (unless an external one is used) and a WildFly server with
 * the portal, each in its own process, stopped together. The run command and the integration
 * tests both start the platform through this class.
 */
public final class PortalStack implements AutoCloseable {

    private final StackSettings settings;
    private final List<Process> processes = new ArrayList<>();
    private Path wildflyLog;

    private PortalStack(StackSettings settings) {
        this.settings = settings;
    }

    /** Starts Keycloak (when managed) and WildFly, and returns once both answer. */
    public static PortalStack start(StackSettings settings) throws IOException, InterruptedException {
        refuseBusyPorts(settings);
        PortalStack stack = new PortalStack(settings);
        try {
            // Both start at once: WildFly asks Keycloak only at the first login.
            if (settings.keycloak().isPresent()) {
                stack.launchKeycloak(settings.keycloak().get());
            }
            stack.launchWildFly();
            if (settings.keycloak().isPresent()) {
                stack.waitUntil(
                        settings.oidcUrl() + "/.well-known/openid-configuration",
                        status -> status == 200,
                        Duration.ofMinutes(3),
                        "Keycloak");
            }
            // Ready when the portal sends a stranger to the login page.
            stack.waitUntil(settings.portalUrl(), status -> status == 302, Duration.ofMinutes(4), "WildFly");
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** A server already answering on our ports would be taken for ours: say so instead. */
    private static void refuseBusyPorts(StackSettings settings) throws IOException {
        List<Integer> ports = new ArrayList<>(List.of(8080 + settings.portOffset()));
        settings.keycloak().ifPresent(k -> ports.add(k.port()));
        for (int port : ports) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("localhost", port), 500);
                throw new IOException(
                        "Port " + port + " is already in use: is the portal (or another server) running?");
            } catch (java.net.ConnectException | java.net.SocketTimeoutException free) {
                // nobody listens: good
            }
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public String portalUrl() {
        return settings.portalUrl();
    }

    /**
     * JIT flags for a local stack: on two cores, the C2 compiler's work during start-up costs more than
     * it gains for a stack that serves one developer or one test run (Keycloak 14 s to 8 s here). A
     * production server is set up by its operators, not by this class.
     */
    private static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    /** Keycloak as built once by the deployment module ({@code kc.sh build}), so no start redoes it. */
    private void launchKeycloak(StackSettings.ManagedKeycloak keycloak) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                keycloak.home().resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--cache=local",
                "--http-enabled=true",
                "--hostname-strict=false",
                "--http-port=" + keycloak.port(),
                "--import-realm",
                "--http-management-port=" + (keycloak.port() + 1),
                "--db-url=jdbc:h2:file:" + keycloak.database().resolve("keycloakdb")
                        + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE"));
        launch(
                command,
                Map.of("JAVA_OPTS_APPEND", QUICK_START),
                settings.logDirectory().resolve("keycloak.log"));
    }

    private void launchWildFly() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                settings.wildflyHome().resolve("bin/standalone.sh").toString(),
                "-c",
                "zugong.xml",
                "-Djboss.server.base.dir=" + settings.serverBaseDir(),
                "-Djboss.socket.binding.port-offset=" + settings.portOffset()));
        settings.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        Path log = settings.logDirectory().resolve("wildfly.log");
        launch(
                command,
                Map.of(
                        "JBOSS_HOME",
                        settings.wildflyHome().toString(),
                        "JBOSS_JAVA_SIZING",
                        "-Xms64m -Xmx1g " + QUICK_START),
                log);
        wildflyLog = log;
    }

    /** WildFly keeps running when the portal fails to deploy; its boot message says so. */
    private void failIfDeploymentFailed(Path log) throws IOException {
        if (Files.exists(log) && Files.readString(log).contains("started (with errors)")) {
            throw new IOException("The portal failed to deploy; see " + log);
        }
    }

    private void launch(List<String> command, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        processes.add(builder.start());
    }

    private void waitUntil(String url, java.util.function.IntPredicate ready, Duration timeout, String what)
            throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (processes.stream().anyMatch(p -> !p.isAlive())) {
                throw new IOException(what + " stopped while starting; see " + settings.logDirectory());
            }
            if (wildflyLog != null) {
                failIfDeploymentFailed(wildflyLog);
            }
            Optional<Integer> status = status(client, url);
            if (status.isPresent() && ready.test(status.get())) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException(what + " not ready after " + timeout + "; see " + settings.logDirectory());
    }

    private static Optional<Integer> status(HttpClient client, String url) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5))
                    .build();
            return Optional.of(
                    client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    /** Stops WildFly, then Keycloak, with their child processes. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            stop(processes.get(i));
        }
        processes.clear();
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle child : children) {
                child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception slow) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
