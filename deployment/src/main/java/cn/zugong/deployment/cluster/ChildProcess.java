package cn.zugong.deployment.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server process of the cluster with its output in a log file; stopped with its children. */
final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        return new ChildProcess(name, builder.start(), log);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until the URL answers 200, failing early when the process ended. */
    void awaitOk(String url, Duration timeout) throws IOException, InterruptedException {
        awaitOk(name, url, timeout, this);
    }

    static void awaitOk(String what, String url, Duration timeout, ChildProcess watched)
            throws IOException, InterruptedException {
        awaitStatus(what, url, 200, timeout, watched);
    }

    /** Waits until the URL answers with this status (not following redirects). */
    static void awaitStatus(String what, String url, int status, Duration timeout, ChildProcess watched)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (watched != null && !watched.alive()) {
                throw new IOException(what + " stopped while starting; see " + watched.log);
            }
            try {
                HttpResponse<Void> answer = client.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == status) {
                    return;
                }
            } catch (IOException notYet) {
                // asked again below
            }
            Thread.sleep(500);
        }
        throw new IOException(what + " not ready after " + timeout + " (" + url + ")"
                + (watched == null ? "" : "; see " + watched.log));
    }

    /** Asks the process and its children to end (SIGTERM), forcing them after 30 s. */
    void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception slow) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
