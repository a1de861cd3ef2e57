package cn.zugong.core.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * This node's listener of {@link ClusterNotices}: a thread of the server's managed thread factory on
 * a connection of its own, outside the pools (it stays open), opened with the portal's database
 * settings ({@code zugong.db.url}, {@code .user}, {@code .password}); every notice becomes a {@link
 * ClusterSignal} event in that thread, and every {@code zugong.cluster.resync-seconds} (60 by
 * default; 0 for never) a {@link ClusterSignal#RESYNC} one. Only on PostgreSQL: the run command's H2
 * serves one node.
 */
@ApplicationScoped
public class ClusterListener {

    private static final Logger LOG = Logger.getLogger(ClusterListener.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<ClusterSignal> signals;

    private NoticeListener listener;

    /** Starts listening; called once at start-up, after the plugins started. */
    public synchronized void start() {
        String url = System.getProperty("zugong.db.url", "");
        if (listener != null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        // The periodic re-read retries what failed on this node (a plugin that did not start here).
        Duration resync = Duration.ofSeconds(Math.max(0, Long.getLong("zugong.cluster.resync-seconds", 60)));
        listener = new NoticeListener(() -> connect(url), List.of(ClusterSignal.PLUGINS), signals::fire, resync);
        Thread thread = threads.newThread(listener);
        thread.setName("zugong-cluster-notices");
        thread.start();
        LOG.info("Listening to the other nodes' changes (PostgreSQL notifications)");
    }

    private static Connection connect(String url) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", System.getProperty("zugong.db.user", ""));
        login.setProperty("password", System.getProperty("zugong.db.password", ""));
        login.setProperty("ApplicationName", "zugong-cluster-notices");
        Connection db = new org.postgresql.Driver().connect(url, login);
        if (db == null) {
            throw new SQLException("Not a PostgreSQL address");
        }
        return db;
    }

    @PreDestroy
    synchronized void stop() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }
}
