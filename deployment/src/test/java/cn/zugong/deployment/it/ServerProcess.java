package cn.zugong.deployment.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM of the stack {@link FullStack} started (a child of this one): its CPU time and, through
 * the JDK's {@code jcmd}, its heap in use right after a full collection.
 */
final class ServerProcess {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final ProcessHandle process;
    private final String name;

    private ServerProcess(ProcessHandle process, String name) {
        this.process = process;
        this.name = name;
    }

    /** WildFly's JVM (the one that runs {@code jboss-modules.jar}). */
    static ServerProcess wildfly() {
        return find("jboss-modules.jar", "WildFly");
    }

    /** Keycloak's JVM (Quarkus). */
    static ServerProcess keycloak() {
        return find("quarkus", "Keycloak");
    }

    private static ServerProcess find(String marker, String name) {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .filter(p -> p.info().commandLine().orElse("").contains(marker))
                .findFirst()
                .map(p -> new ServerProcess(p, name))
                .orElseThrow(() -> new IllegalStateException("No " + name + " JVM below this one"));
    }

    String name() {
        return name;
    }

    /** CPU time the process used so far (all threads, user and system). */
    Duration cpu() {
        return ProcessHandle.of(process.pid())
                .flatMap(p -> p.info().totalCpuDuration())
                .orElse(Duration.ZERO);
    }

    /** Bytes of heap in use after two full collections ({@code GC.run}, then {@code GC.heap_info}). */
    long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (run.waitFor() != 0) {
            throw new IOException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
