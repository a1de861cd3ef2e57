package cn.zugong.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.testdb.ScratchPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL: node A changes a plugin's record and tells the others in the same
 * transaction ({@link ClusterNotices}'s statement); node B listens on a connection of its own
 * ({@link NoticeListener}) and, at each signal, re-reads the records as its plugin follower does.
 * B sees A's change within seconds of A's commit, also after its listening connection was cut.
 */
class ClusterNoticesPostgresTest {

    private static final String LISTENER = "zugong-test-listener";
    private static ScratchPostgres postgres;

    private final Map<String, String> seenByB = new ConcurrentHashMap<>();
    private NoticeListener listener;
    private Thread thread;

    @BeforeAll
    static void migrate() throws SQLException {
        postgres = ScratchPostgres.migrated("notices");
        try (Connection owner = postgres.owner().getConnection();
                Statement sql = owner.createStatement()) {
            sql.execute("insert into platform_plugin (plugin_id, version, state, installed_by, installed_at,"
                    + " changed_by, changed_at) values ('training', '1.0.0', 'ENABLED', 'a', now(), 'a', now())");
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void startNodeB() throws SQLException {
        listener = new NoticeListener(
                ClusterNoticesPostgresTest::listenerConnection, List.of(ClusterSignal.PLUGINS), signal -> reread());
        thread = new Thread(listener, "node-b-notices");
        thread.setDaemon(true);
        thread.start();
        assertThat(eventually(() -> "ENABLED".equals(seenByB.get("training"))))
                .as("node B read the records once connected")
                .isTrue();
    }

    @AfterEach
    void stopNodeB() throws InterruptedException {
        listener.close();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(thread.isAlive()).as("node B's listener stopped").isFalse();
    }

    @Test
    void aPluginDisabledOnNodeAIsSeenDisabledOnNodeBWithinSeconds() throws SQLException {
        changeOnNodeA("DISABLED");

        assertThat(eventually(() -> "DISABLED".equals(seenByB.get("training"))))
                .as("node B follows A's change")
                .isTrue();
        changeOnNodeA("ENABLED");
    }

    @Test
    void nodeBListensAgainAfterItsConnectionWasCut() throws SQLException {
        try (Connection app = postgres.app().getConnection();
                PreparedStatement cut = app.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where application_name = ? and datname = current_database()")) {
            cut.setString(1, LISTENER);
            try (ResultSet rows = cut.executeQuery()) {
                assertThat(rows.next()).as("node B's listening connection").isTrue();
            }
        }
        changeOnNodeA("FAILED");

        assertThat(eventually(() -> "FAILED".equals(seenByB.get("training"))))
                .as("node B, connected again, follows A's change")
                .isTrue();
        changeOnNodeA("ENABLED");
    }

    /**
     * Issue 23: a node re-reads at a fixed period too, without any notice, so that what failed on it
     * (a plugin that did not start there) is tried again.
     */
    @Test
    void aListenerWithAPeriodReReadsWithoutANotice() throws Exception {
        List<String> payloads = new java.util.concurrent.CopyOnWriteArrayList<>();
        NoticeListener periodic = new NoticeListener(
                ClusterNoticesPostgresTest::listenerConnection,
                List.of(ClusterSignal.PLUGINS),
                signal -> payloads.add(signal.payload()),
                Duration.ofMillis(300));
        Thread periodicThread = new Thread(periodic, "node-c-notices");
        periodicThread.setDaemon(true);
        periodicThread.start();
        try {
            assertThat(eventually(() -> payloads.stream()
                                    .filter(ClusterSignal.RESYNC::equals)
                                    .count()
                            >= 2))
                    .as("two periodic signals, no notice sent")
                    .isTrue();
            assertThat(payloads.getFirst()).isEqualTo(ClusterSignal.CONNECTED);
        } finally {
            periodic.close();
            periodicThread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void changeOnNodeA(String state) throws SQLException {
        try (Connection a = postgres.app().getConnection()) {
            a.setAutoCommit(false);
            change(a, state);
            a.commit();
        }
    }

    private static void change(Connection a, String state) throws SQLException {
        try (PreparedStatement update = a.prepareStatement(
                        "update platform_plugin set state = ?, changed_at = now() where plugin_id = ?");
                PreparedStatement notify = a.prepareStatement("select pg_notify(?, ?)")) {
            update.setString(1, state);
            update.setString(2, "training");
            update.executeUpdate();
            notify.setString(1, ClusterSignal.PLUGINS);
            notify.setString(2, "training");
            notify.execute();
        }
    }

    /** What node B's follower does at a signal: read the records afresh. */
    private void reread() {
        try (Connection b = postgres.app().getConnection();
                Statement sql = b.createStatement();
                ResultSet rows = sql.executeQuery("select plugin_id, state from platform_plugin")) {
            while (rows.next()) {
                seenByB.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection listenerConnection() throws SQLException {
        Connection db = postgres.app().getConnection();
        db.setClientInfo("ApplicationName", LISTENER);
        return db;
    }

    /** Waits until the condition holds, at most 10 seconds, looking every 50 ms. */
    private static boolean eventually(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        return condition.getAsBoolean();
    }
}
