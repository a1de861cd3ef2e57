package cn.zugong.core.plugin.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.notice.Notices;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.context.HostedNotices;
import cn.zugong.core.plugin.context.PluginTransactions;
import cn.zugong.core.plugin.domain.PluginGrant;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plugins' notices on the portal's schema (H2): posted by a plugin in its county (as a scheduled
 * job does), read on the county's notice board by those holding the audience permission.
 */
class NoticesTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final String TRAINING = "training";
    private static final PluginPermission VIEW =
            new PluginPermission("training.view", Set.of(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN));
    private static final PluginPermission MANAGE =
            new PluginPermission("training.manage", Set.of(CurrentUser.TENANT_ADMIN));

    private final List<EntityManager> opened = new ArrayList<>();
    private final Announced announced = new Announced();
    private Instant now = Instant.parse("2026-03-02T01:00:00Z");
    private TestDatabase db;

    @BeforeEach
    void migrate() throws Exception {
        db = new TestDatabase(
                PluginNotice.class,
                NoticeRead.class,
                PluginRecord.class,
                PluginOffer.class,
                TenantPlugin.class,
                PluginGrant.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        Timestamp at = Timestamp.from(now);
        db.execute(
                "insert into platform_plugin (plugin_id, version, state, offered_to_all, installed_by, installed_at,"
                        + " changed_by, changed_at) values (?, '1.0.0', 'ENABLED', true, 'sysadmin', ?, 'sysadmin', ?)",
                TRAINING,
                at,
                at);
        enable(WENJIANG, true);
        enable(PIDU, true);
    }

    @AfterEach
    void close() {
        opened.forEach(EntityManager::close);
        db.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private void enable(String county, boolean enabled) throws Exception {
        db.execute("delete from tenant_plugin where tenant_id = ?", county);
        db.execute(
                "insert into tenant_plugin (tenant_id, id, plugin_id, enabled, changed_by, changed_at)"
                        + " values (?, ?, ?, ?, 'admin', ?)",
                county,
                UUID.randomUUID(),
                TRAINING,
                enabled,
                Timestamp.from(now));
    }

    private EntityManager entityManager() {
        EntityManager em = db.entityManager();
        opened.add(em);
        return em;
    }

    /** The training plugin's notices under a tenancy without a user, as its scheduled job runs. */
    private Notices plugin(Tenancy tenancy) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.clear();
        EntityManager em = entityManager();
        NoticeStore store = new NoticeStore();
        store.em = em;
        store.posted = announced;
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        return new HostedNotices(TRAINING, store, new LocalTransactions(em), clock);
    }

    private Notices job(String county) {
        return plugin(Tenancy.writing(new TenantId(county)));
    }

    private NoticeBoard board(Tenancy tenancy, String username, String... roles) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser(username, username, Set.of(roles), Set.of()));
        EntityManager em = entityManager();
        PluginRegistry registry = TestDatabase.wire(new PluginRegistry(), "em", em);
        PluginEnablementService enablement = TestDatabase.wire(new PluginEnablementService(), "em", em);
        TestDatabase.wire(enablement, "registry", registry);
        NoticeBoard board = new NoticeBoard();
        board.em = em;
        board.enablement = enablement;
        board.grants = TestDatabase.wire(new PluginGrants(), "em", em);
        board.clock = Clock.fixed(now, ZoneOffset.UTC);
        return board;
    }

    private NoticeBoard officer(String county) {
        return board(Tenancy.writing(new TenantId(county)), "officer-" + county, CurrentUser.OFFICER);
    }

    private NoticeBoard admin(String county) {
        return board(Tenancy.writing(new TenantId(county)), "admin-" + county, CurrentUser.TENANT_ADMIN);
    }

    private static <T> T inTransaction(NoticeBoard board, Supplier<T> work) {
        board.em.getTransaction().begin();
        T result = work.get();
        board.em.getTransaction().commit();
        return result;
    }

    private static Notice deadline(String key, String name, String route) {
        return new Notice(key, VIEW, "training.notice.deadline", List.of(name, "2026-06-30"), route);
    }

    @Test
    void aPostedNoticeIsListedUnreadForTheCountysHoldersOfItsPermission() {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", "training/cadre?cadre=1"));

        NoticeBoard board = officer(WENJIANG);

        assertThat(board.list(0, 50)).singleElement().satisfies(entry -> {
            assertThat(entry.pluginId()).isEqualTo(TRAINING);
            assertThat(entry.messageKey()).isEqualTo("training.notice.deadline");
            assertThat(entry.args()).containsExactly("Zhang San", "2026-06-30");
            assertThat(entry.route()).isEqualTo("training/cadre?cadre=1");
            assertThat(entry.postedAt()).isEqualTo(now);
            assertThat(entry.read()).isFalse();
        });
        assertThat(board.count()).isEqualTo(1);
        assertThat(board.unreadCount()).isEqualTo(1);
    }

    @Test
    void aNewNoticeAndAChangedTextAreAnnouncedForTheMailButAnUnchangedPostIsNot() {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        job(PIDU).post(deadline("followup/1", "Li Si", null));
        job(WENJIANG).withdraw("followup/1");

        assertThat(announced.events)
                .extracting(NoticePosted::county, NoticePosted::args)
                .containsExactly(
                        tuple(WENJIANG, List.of("Zhang San", "2026-06-30")),
                        tuple(PIDU, List.of("Li Si", "2026-06-30")));
        assertThat(announced.events.getFirst().permission()).isEqualTo("training.view");
        assertThat(announced.events.getFirst().defaultRoles())
                .containsExactlyInAnyOrder(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN);
    }

    @Test
    void postingTheSameKeyAgainReplacesTheNoticeInsteadOfAddingOne() {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        job(WENJIANG).post(deadline("followup/1", "Li Si", null));

        assertThat(officer(WENJIANG).list(0, 50)).singleElement().satisfies(entry -> assertThat(entry.args())
                .containsExactly("Li Si", "2026-06-30"));
    }

    @Test
    void aReadNoticeStaysReadWhenPostedAgainUnchangedAndIsUnreadAgainWhenItsTextChanges() {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        NoticeBoard board = officer(WENJIANG);
        UUID id = board.list(0, 1).getFirst().id();
        assertThat(inTransaction(board, () -> board.markRead(id))).isTrue();
        assertThat(officer(WENJIANG).unreadCount()).isZero();

        now = now.plusSeconds(3600);
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        NoticeBoard unchanged = officer(WENJIANG);
        assertThat(unchanged.unreadCount()).isZero();
        assertThat(unchanged.list(0, 1).getFirst().postedAt()).isEqualTo(now.minusSeconds(3600));

        job(WENJIANG).post(deadline("followup/1", "Zhang San", "training/cadre?cadre=1"));
        NoticeBoard changed = officer(WENJIANG);
        assertThat(changed.unreadCount()).isEqualTo(1);
        assertThat(changed.list(0, 1).getFirst()).satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.read()).isFalse();
            assertThat(entry.postedAt()).isEqualTo(now);
        });
    }

    @Test
    void aWithdrawnNoticeIsGoneWithItsReadMarks() throws Exception {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        job(WENJIANG).post(deadline("followup/2", "Li Si", null));
        NoticeBoard board = officer(WENJIANG);
        inTransaction(board, board::markAllRead);

        job(WENJIANG).withdraw("followup/1");
        job(WENJIANG).withdraw("followup/unknown");

        assertThat(officer(WENJIANG).list(0, 50))
                .singleElement()
                .satisfies(entry -> assertThat(entry.args()).first().isEqualTo("Li Si"));
        assertThat(db.count("select count(*) from plugin_notice_read")).isEqualTo(1);
        assertThat(job(WENJIANG).keys()).as("what a job withdraws from").containsExactly("followup/2");
    }

    @Test
    void noticesAreListedNewestFirstAndPaged() {
        job(WENJIANG).post(deadline("followup/1", "first", null));
        now = now.plusSeconds(60);
        job(WENJIANG).post(deadline("followup/2", "second", null));
        now = now.plusSeconds(60);
        job(WENJIANG).post(deadline("followup/3", "third", null));

        NoticeBoard board = officer(WENJIANG);

        assertThat(board.list(0, 2))
                .extracting(entry -> entry.args().getFirst())
                .containsExactly("third", "second");
        assertThat(board.list(2, 2))
                .extracting(entry -> entry.args().getFirst())
                .containsExactly("first");
    }

    @Test
    void aCountysNoticeIsNeverListedInAnotherCounty() {
        job(WENJIANG).post(deadline("followup/1", "Wenjiang cadre", null));
        job(PIDU).post(deadline("followup/1", "Pidu cadre", null));
        UUID wenjiangNotice = officer(WENJIANG).list(0, 1).getFirst().id();

        NoticeBoard pidu = officer(PIDU);

        assertThat(pidu.list(0, 50))
                .singleElement()
                .satisfies(entry -> assertThat(entry.args()).first().isEqualTo("Pidu cadre"));
        assertThat(inTransaction(pidu, () -> pidu.markRead(wenjiangNotice))).isFalse();
        assertThat(officer(WENJIANG).unreadCount()).isEqualTo(1);
        assertThat(officer(WENJIANG).list(0, 50))
                .singleElement()
                .satisfies(entry -> assertThat(entry.args()).first().isEqualTo("Wenjiang cadre"));
        job(PIDU).withdraw("followup/1");
        assertThat(job(WENJIANG).keys()).containsExactly("followup/1");
    }

    @Test
    void onlyTheHoldersOfTheAudiencePermissionSeeTheNoticeByDefaultOrByTheCountysGrant() throws Exception {
        job(WENJIANG).post(new Notice("budget", MANAGE, "training.notice.budget", List.of(), null));

        assertThat(officer(WENJIANG).list(0, 50)).isEmpty();
        assertThat(officer(WENJIANG).unreadCount()).isZero();
        assertThat(admin(WENJIANG).list(0, 50)).hasSize(1);

        db.execute(
                "insert into plugin_grant (tenant_id, id, plugin_id, permission, role_name) values (?, ?, ?, ?, ?)",
                WENJIANG,
                UUID.randomUUID(),
                TRAINING,
                MANAGE.id(),
                CurrentUser.OFFICER);

        assertThat(officer(WENJIANG).list(0, 50)).hasSize(1);
        assertThat(officer(WENJIANG).unreadCount()).isEqualTo(1);
        assertThat(admin(WENJIANG).list(0, 50)).isEmpty();
        assertThat(admin(WENJIANG).count()).isZero();
    }

    @Test
    void noticesOfAModuleTheCountyTurnedOffAreNotShown() throws Exception {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));

        enable(WENJIANG, false);

        assertThat(officer(WENJIANG).list(0, 50)).isEmpty();
        assertThat(officer(WENJIANG).unreadCount()).isZero();
        enable(WENJIANG, true);
        assertThat(officer(WENJIANG).unreadCount()).isEqualTo(1);
    }

    @Test
    void aReadOnlyRequestCannotPostOrWithdraw() {
        Notices supervisor = plugin(Tenancy.reading(Set.of(new TenantId(WENJIANG))));
        Notice notice = deadline("followup/1", "Zhang San", null);

        assertThatThrownBy(() -> supervisor.post(notice)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> supervisor.withdraw("followup/1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> plugin(Tenancy.NONE).post(notice)).isInstanceOf(IllegalStateException.class);
        assertThat(officer(WENJIANG).count()).isZero();
    }

    @Test
    void supervisorsSeeNoNoticesWhileTheCountysAuditorReadsAndMarksThem() {
        job(WENJIANG)
                .post(new Notice(
                        "audit",
                        new PluginPermission("training.view", Set.of(TenancyPolicy.TENANT_AUDITOR)),
                        "training.notice.audit",
                        List.of(),
                        null));
        TenantId wenjiang = new TenantId(WENJIANG);

        assertThat(board(
                                Tenancy.reading(Set.of(wenjiang)),
                                "sup",
                                TenancyPolicy.SUPERVISOR,
                                TenancyPolicy.TENANT_AUDITOR)
                        .list(0, 50))
                .isEmpty();
        assertThat(board(
                                Tenancy.reading(Set.of(wenjiang, new TenantId(PIDU))),
                                "sup",
                                TenancyPolicy.SUPERVISOR,
                                TenancyPolicy.TENANT_AUDITOR)
                        .unreadCount())
                .isZero();
        NoticeBoard auditor = board(Tenancy.reading(Set.of(wenjiang)), "auditor", TenancyPolicy.TENANT_AUDITOR);
        assertThat(auditor.unreadCount()).isEqualTo(1);
        assertThat(inTransaction(auditor, auditor::markAllRead)).isEqualTo(1);
        assertThat(board(Tenancy.reading(Set.of(wenjiang)), "auditor", TenancyPolicy.TENANT_AUDITOR)
                        .unreadCount())
                .isZero();
    }

    @Test
    void readMarksArePerUser() {
        job(WENJIANG).post(deadline("followup/1", "Zhang San", null));
        job(WENJIANG).post(deadline("followup/2", "Li Si", null));
        NoticeBoard officer = officer(WENJIANG);

        assertThat(inTransaction(officer, officer::markAllRead)).isEqualTo(2);
        assertThat(inTransaction(officer, officer::markAllRead)).isZero();

        assertThat(officer(WENJIANG).unreadCount()).isZero();
        assertThat(officer(WENJIANG).list(0, 50)).allMatch(NoticeEntry::read);
        assertThat(admin(WENJIANG).unreadCount()).isEqualTo(2);
    }

    @Test
    void aPostJoinsTheCallersTransactionAndGoesWithItsRollback() {
        Notices notices = job(WENJIANG);
        EntityManager em = opened.getLast();
        em.getTransaction().begin();
        notices.post(deadline("followup/1", "Zhang San", null));
        em.flush();
        em.getTransaction().rollback();

        assertThat(officer(WENJIANG).count()).isZero();
    }

    @Test
    void aNoticeTheColumnsCannotHoldIsRefusedInThePluginsTerms() {
        Notice tooLong = deadline("followup/" + "9".repeat(300), "Zhang San", null);

        assertThatThrownBy(() -> job(WENJIANG).post(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key");
    }

    /** The platform's transactions on a resource-local entity manager: join an active one, else begin and commit. */
    private static final class LocalTransactions extends PluginTransactions {

        private final EntityManager em;

        LocalTransactions(EntityManager em) {
            this.em = em;
        }

        @Override
        public boolean active() {
            return em.getTransaction().isActive();
        }

        @Override
        public <T> T required(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T separate(Supplier<T> work) {
            em.getTransaction().begin();
            try {
                T result = work.get();
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            }
        }
    }

    /** The store's announcements, as the CDI event would deliver them. */
    static final class Announced implements Event<NoticePosted> {

        final List<NoticePosted> events = new ArrayList<>();

        @Override
        public void fire(NoticePosted event) {
            events.add(event);
        }

        @Override
        public <U extends NoticePosted> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticePosted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<NoticePosted> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticePosted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends NoticePosted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
