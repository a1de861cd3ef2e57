package cn.zugong.deployment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last step of a launcher's shutdown hook: the processes this JVM started that are still
 * running. A launcher stopped while its servers boot (a {@code kill} of {@code run.sh}, or Ctrl-C
 * before the banner) has not been handed the servers being started yet, so it could not stop them
 * by name; without this they would keep their ports after the launcher is gone.
 */
final class LeftoverProcesses {

    /** How long a killed process is waited for (SIGKILL cannot be ignored). */
    private static final Duration KILLED = Duration.ofSeconds(5);

    private LeftoverProcesses() {}

    /** Asks each descendant to end (SIGTERM), and kills those still running after {@code grace}. */
    static void stop(Duration grace) {
        List<ProcessHandle> left = ProcessHandle.current().descendants().toList();
        left.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        List<ProcessHandle> stubborn = left.stream()
                .filter(process -> !ended(process, Duration.between(Instant.now(), deadline)))
                .toList();
        stubborn.forEach(ProcessHandle::destroyForcibly);
        stubborn.forEach(process -> ended(process, KILLED));
    }

    private static boolean ended(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException slow) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
