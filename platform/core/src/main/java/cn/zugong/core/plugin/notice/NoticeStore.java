package cn.zugong.core.plugin.notice;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;

/**
 * The plugins' notices of a county as stored. Called inside a transaction (the plugin's caller's,
 * or one {@link HostedNotices} starts), with the county as the request's writable tenant.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NoticeStore {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    Event<NoticePosted> posted;

    /**
     * Posts the plugin's notice, or replaces the one of the same key; when the text changed, the
     * read marks go, so that it is unread again for everyone. A new notice or a changed text is
     * announced ({@link NoticePosted}).
     */
    public void post(TenantId county, String pluginId, Notice notice, Instant at) {
        check(notice);
        PluginNotice existing = em.createQuery(
                        "select n from PluginNotice n where n.tenantId = :county and n.pluginId = :plugin"
                                + " and n.key = :key",
                        PluginNotice.class)
                .setParameter("county", county.code())
                .setParameter("plugin", pluginId)
                .setParameter("key", notice.key())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing == null) {
            em.persist(new PluginNotice(pluginId, notice, at));
        } else if (existing.replace(notice, at)) {
            em.createQuery("delete from NoticeRead r where r.tenantId = :county and r.noticeId = :id")
                    .setParameter("county", county.code())
                    .setParameter("id", existing.id())
                    .executeUpdate();
        } else {
            return;
        }
        posted.fire(new NoticePosted(
                county.code(),
                pluginId,
                notice.audience().id(),
                notice.audience().defaultRoles(),
                notice.messageKey(),
                notice.args()));
    }

    /** Removes the plugin's notice of that key (its read marks go with it); nothing when there is none. */
    public void withdraw(TenantId county, String pluginId, String key) {
        em.createQuery(
                        "delete from PluginNotice n where n.tenantId = :county and n.pluginId = :plugin and n.key = :key")
                .setParameter("county", county.code())
                .setParameter("plugin", pluginId)
                .setParameter("key", key)
                .executeUpdate();
    }

    /** The keys of the plugin's notices in the county. */
    public Set<String> keys(TenantId county, String pluginId) {
        return Set.copyOf(em.createQuery(
                        "select n.key from PluginNotice n where n.tenantId = :county and n.pluginId = :plugin",
                        String.class)
                .setParameter("county", county.code())
                .setParameter("plugin", pluginId)
                .getResultList());
    }

    /** Refuses what the columns cannot hold, in the plugin's terms rather than as a database error. */
    private static void check(Notice notice) {
        length("key", notice.key(), PluginNotice.MAX_KEY);
        length("messageKey", notice.messageKey(), PluginNotice.MAX_KEY);
        length("audience", notice.audience().id(), PluginNotice.MAX_PERMISSION);
        length("audience roles", PluginNotice.roles(notice.audience().defaultRoles()), PluginNotice.MAX_ROLES);
        if (notice.route() != null) {
            length("route", notice.route(), PluginNotice.MAX_ROUTE);
        }
        if (notice.audience().id().isBlank()
                || notice.key().isBlank()
                || notice.messageKey().isBlank()) {
            throw new IllegalArgumentException("A notice needs a key, an audience and a message key");
        }
        if (notice.audience().defaultRoles().stream().anyMatch(role -> role.contains(","))) {
            throw new IllegalArgumentException(
                    "Not a role: " + notice.audience().defaultRoles());
        }
    }

    private static void length(String what, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("Notice " + what + " longer than " + max + " characters: " + value);
        }
    }
}
