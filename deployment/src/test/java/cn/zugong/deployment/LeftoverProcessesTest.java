package cn.zugong.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A launcher stopped while its servers boot leaves nothing running: the processes it started end,
 * the one that ignores the polite signal too (real processes, as a server would be).
 */
class LeftoverProcessesTest {

    @Test
    void everyProcessStartedEndsAndOneIgnoringSigtermIsKilledAfterTheGrace() throws Exception {
        Process polite = new ProcessBuilder("sleep", "300").start();
        // a shell that ignores SIGTERM, and its sleep with it (an ignored signal is inherited); it
        // says so once the sleep is forked, so that the sleep is among the descendants below
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; sleep 300 & echo started; wait").start();
        assertThat(stubborn.inputReader().readLine()).isEqualTo("started");
        List<ProcessHandle> started = ProcessHandle.current().descendants().toList();
        assertThat(started).hasSizeGreaterThanOrEqualTo(3);

        LeftoverProcesses.stop(Duration.ofSeconds(1));

        assertThat(polite.isAlive()).isFalse();
        assertThat(stubborn.isAlive()).isFalse();
        assertThat(started).noneMatch(ProcessHandle::isAlive);
    }
}
