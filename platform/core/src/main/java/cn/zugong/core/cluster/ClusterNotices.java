package cn.zugong.core.cluster;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Tells every node (this one too) that a state changed, on PostgreSQL through {@code pg_notify} in
 * the transaction of the given entity manager: PostgreSQL delivers it when, and only if, that
 * transaction commits, so no node re-reads before the change is visible. On H2 (one node) there is
 * nobody to tell.
 */
public final class ClusterNotices {

    private ClusterNotices() {}

    public static void send(EntityManager em, String channel, String payload) {
        em.unwrap(Session.class).doWork(db -> {
            if (db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                try (PreparedStatement notify = db.prepareStatement("select pg_notify(?, ?)")) {
                    notify.setString(1, channel);
                    notify.setString(2, payload);
                    notify.execute();
                }
            }
        });
    }
}
