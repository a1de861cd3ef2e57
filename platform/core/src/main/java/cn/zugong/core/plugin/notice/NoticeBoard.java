package cn.zugong.core.plugin.notice;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The current user's notices: those of their county from the plugins it has enabled, for a
 * permission they hold there, newest first, each with whether they have read it. Notices are for
 * a county's own staff: a user writing in the county, or its auditor (reading exactly their own
 * county); supervisors see none, in one county or several.
 */
@ApplicationScoped
@Transactional
public class NoticeBoard {

    /** The user's read mark of notice {@code n}. */
    private static final String READ_MARK = "from NoticeRead r where r.noticeId = n.id and r.username = :user";

    private static final String UNREAD = "not exists (select r " + READ_MARK + ")";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    PluginEnablementService enablement;

    @Inject
    PluginGrants grants;

    Clock clock = Clock.systemUTC();

    /** The county whose notices the current user reads; empty for supervisors and users without one. */
    public static Optional<TenantId> county() {
        if (CurrentUserHolder.current().isEmpty()) {
            return Optional.empty();
        }
        Tenancy tenancy = TenancyHolder.current();
        return tenancy.writable().isPresent() || !CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR)
                ? tenancy.one()
                : Optional.empty();
    }

    /** The user's notices, newest first, from {@code offset}, at most {@code limit}. */
    public List<NoticeEntry> list(int offset, int limit) {
        Optional<NoticeAudience> audience = audience();
        if (audience.isEmpty()) {
            return List.of();
        }
        return query(
                        audience.get(),
                        "select n, (select count(r) " + READ_MARK + ")",
                        " order by n.postedAt desc, n.id",
                        Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> entry((PluginNotice) row[0], ((Number) row[1]).longValue() > 0))
                .toList();
    }

    /** How many notices the user has. */
    public long count() {
        return audience()
                .map(a -> a.bind(em.createQuery("select count(n) from PluginNotice n where " + a.where(), Long.class))
                        .getSingleResult())
                .orElse(0L);
    }

    /** How many of them the user has not read. */
    public long unreadCount() {
        return audience()
                .map(a -> query(a, "select count(n)", " and " + UNREAD, Long.class)
                        .getSingleResult())
                .orElse(0L);
    }

    /**
     * Marks one of the user's notices read.
     *
     * @return whether it was unread; false too for a notice the user does not see
     */
    public boolean markRead(UUID id) {
        Optional<NoticeAudience> audience = audience();
        if (audience.isEmpty()) {
            return false;
        }
        List<UUID> unread = query(audience.get(), "select n.id", " and n.id = :id and " + UNREAD, UUID.class)
                .setParameter("id", id)
                .getResultList();
        return mark(unread, audience.get().username()) > 0;
    }

    /** Marks all of the user's notices read; the number newly marked. */
    public int markAllRead() {
        return audience()
                .map(a -> mark(
                        query(a, "select n.id", " and " + UNREAD, UUID.class).getResultList(), a.username()))
                .orElse(0);
    }

    /** A query of the user's notices whose select or tail names the user ({@code :user}). */
    private <T> TypedQuery<T> query(NoticeAudience audience, String select, String tail, Class<T> type) {
        TypedQuery<T> query = em.createQuery(select + " from PluginNotice n where " + audience.where() + tail, type);
        audience.bind(query);
        return query.setParameter("user", audience.username());
    }

    private int mark(List<UUID> notices, String username) {
        Instant now = clock.instant();
        notices.forEach(id -> em.persist(new NoticeRead(id, username, now)));
        return notices.size();
    }

    private Optional<NoticeAudience> audience() {
        Optional<TenantId> county = county();
        Optional<String> user = CurrentUserHolder.current().map(CurrentUser::username);
        if (county.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        var enabled = enablement.enabledForCurrentTenant();
        if (enabled.isEmpty()) {
            return Optional.empty();
        }
        List<String> storedDefaults = em.createQuery(
                        "select distinct n.defaultRoles from PluginNotice n where n.tenantId = :county", String.class)
                .setParameter("county", county.get().code())
                .getResultList();
        NoticeAudience audience = NoticeAudience.of(
                county.get().code(), user.get(), enabled, grants.granted(), storedDefaults, CurrentUserHolder::hasRole);
        return audience.seesAny() ? Optional.of(audience) : Optional.empty();
    }

    private static NoticeEntry entry(PluginNotice notice, boolean read) {
        return new NoticeEntry(
                notice.id(),
                notice.pluginId(),
                notice.messageKey(),
                notice.args(),
                notice.route(),
                notice.postedAt(),
                read);
    }
}
