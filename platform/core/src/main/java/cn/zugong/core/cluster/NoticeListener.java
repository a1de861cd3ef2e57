package cn.zugong.core.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens to PostgreSQL notifications on a connection of its own and hands each one over, in its
 * own thread. When the connection breaks it connects again (waiting 0.1 s, doubling up to 5 s) and,
 * after every connection, hands over a {@link ClusterSignal#CONNECTED} signal per channel, since
 * what was notified meanwhile is lost; and, if asked to, a {@link ClusterSignal#RESYNC} signal per
 * channel at a fixed period.
 */
public final class NoticeListener implements Runnable {

    private static final Logger LOG = Logger.getLogger(NoticeListener.class.getName());
    private static final long FIRST_WAIT_MILLIS = 100;
    private static final long LONGEST_WAIT_MILLIS = 5000;

    /** Opens the listener's own connection. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private final Connector connector;
    private final List<String> channels;
    private final Consumer<ClusterSignal> receiver;
    private final long resyncNanos;
    private volatile boolean closed;
    private volatile Connection current;

    public NoticeListener(Connector connector, List<String> channels, Consumer<ClusterSignal> receiver) {
        this(connector, channels, receiver, Duration.ZERO);
    }

    /**
     * @param resync how often to hand over a {@link ClusterSignal#RESYNC} signal per channel while
     *     connected, whether or not anything was notified; zero for never
     */
    public NoticeListener(
            Connector connector, List<String> channels, Consumer<ClusterSignal> receiver, Duration resync) {
        channels.forEach(c -> {
            if (!c.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Channel name " + c);
            }
        });
        this.connector = connector;
        this.channels = List.copyOf(channels);
        this.receiver = receiver;
        this.resyncNanos = resync.toNanos();
    }

    @Override
    public void run() {
        long wait = FIRST_WAIT_MILLIS;
        while (!closed) {
            try (Connection db = connector.open()) {
                current = db;
                try (Statement sql = db.createStatement()) {
                    for (String channel : channels) {
                        sql.execute("listen " + channel);
                    }
                }
                wait = FIRST_WAIT_MILLIS;
                channels.forEach(c -> deliver(new ClusterSignal(c, ClusterSignal.CONNECTED)));
                PGConnection pg = db.unwrap(PGConnection.class);
                long nextResync = System.nanoTime() + resyncNanos;
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            deliver(new ClusterSignal(note.getName(), note.getParameter()));
                        }
                    }
                    if (resyncNanos > 0 && System.nanoTime() - nextResync >= 0) {
                        channels.forEach(c -> deliver(new ClusterSignal(c, ClusterSignal.RESYNC)));
                        nextResync = System.nanoTime() + resyncNanos;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                long waited = wait;
                LOG.warning(() ->
                        "Cluster notices: no connection (" + e.getMessage() + "), trying again in " + waited + " ms");
                pause(wait);
                wait = Math.min(wait * 2, LONGEST_WAIT_MILLIS);
            } finally {
                current = null;
            }
        }
    }

    private void deliver(ClusterSignal signal) {
        try {
            receiver.accept(signal);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cluster signal " + signal.channel() + " not followed", e);
        }
    }

    private synchronized void pause(long millis) {
        try {
            if (!closed) {
                wait(millis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening; the thread ends within a second. */
    public void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        Connection db = current;
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Cluster notices: closing the connection", e);
            }
        }
    }
}
