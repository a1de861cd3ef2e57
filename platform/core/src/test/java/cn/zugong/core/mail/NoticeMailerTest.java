package cn.zugong.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginGrant;
import cn.zugong.core.plugin.notice.NoticePosted;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notices by e-mail on the portal's schema (H2) and a GreenMail SMTP server: users choose on the
 * notices page; a notice posted in their county reaches those who chose and hold its audience, in
 * their language, and nobody else.
 */
class NoticeMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    private final List<EntityManager> opened = new ArrayList<>();
    private TestDatabase db;

    @BeforeEach
    void migrate() throws Exception {
        db = new TestDatabase(NoticeMailPreference.class, PluginGrant.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
    }

    @AfterEach
    void close() {
        opened.forEach(EntityManager::close);
        db.close();
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    private EntityManager entityManager() {
        EntityManager em = db.entityManager();
        opened.add(em);
        return em;
    }

    private NoticeMailPreferences signedIn(String county, String username, String... roles) {
        TenancyHolder.set(Tenancy.writing(new TenantId(county)));
        CurrentUserHolder.set(new CurrentUser(username, username, Set.of(roles), Set.of()));
        NoticeMailPreferences preferences = new NoticeMailPreferences();
        preferences.em = entityManager();
        return preferences;
    }

    /** The user chooses on the notices page, with their token's address, in their language. */
    private void choose(String county, String username, boolean enabled, Locale language, String... roles) {
        NoticeMailPreferences preferences = signedIn(county, username, roles);
        preferences.em.getTransaction().begin();
        preferences.choose(enabled, Optional.of(username + "@example.cn"), language);
        preferences.em.getTransaction().commit();
    }

    /** The mailer as the container wires it, in the request (or job) that posted in {@code county}. */
    private NoticeMailer mailer(String county, Optional<SmtpSettings> smtp) {
        TenancyHolder.set(Tenancy.writing(new TenantId(county)));
        CurrentUserHolder.clear();
        EntityManager em = entityManager();
        NoticeMailer mailer = new NoticeMailer();
        mailer.preferences = new NoticeMailPreferences();
        mailer.preferences.em = em;
        mailer.preferences.grants = TestDatabase.wire(new PluginGrants(), "em", em);
        mailer.plugins = new PluginHost() {
            @Override
            public List<ResourceBundle> bundles(Locale locale) {
                return List.of(new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {
                            {
                                "training.notice.deadline",
                                Locale.ENGLISH.equals(locale) ? "Training of {0} due on {1}" : "{0}的培训将于{1}截止"
                            }
                        };
                    }
                });
            }
        };
        mailer.executor = Runnable::run;
        mailer.smtp = () -> smtp;
        return mailer;
    }

    private NoticeMailer mailer(String county) {
        return mailer(county, Optional.of(settings(SMTP.getSmtp().getPort())));
    }

    private static SmtpSettings settings(int port) {
        return new SmtpSettings("localhost", port, Optional.empty(), "", "zugong@example.cn", false);
    }

    private static NoticePosted deadline(String county) {
        return new NoticePosted(
                county,
                "training",
                "training.view",
                Set.of(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN),
                "training.notice.deadline",
                List.of("张三", "2026-06-30"));
    }

    private static List<String> recipients() {
        return Arrays.stream(SMTP.getReceivedMessages())
                .map(m -> {
                    try {
                        return m.getRecipients(Message.RecipientType.TO)[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted()
                .toList();
    }

    @Test
    void aNoticeIsMailedOnlyToTheCountysUsersWhoChoseItAndHoldItsAudience() throws Exception {
        choose(WENJIANG, "wang", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);
        choose(WENJIANG, "li", true, Locale.ENGLISH, CurrentUser.TENANT_ADMIN);
        choose(WENJIANG, "zhao", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);
        choose(WENJIANG, "zhao", false, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);
        choose(WENJIANG, "qian", true, Locale.SIMPLIFIED_CHINESE, "viewer");
        choose(PIDU, "sun", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);

        NoticeMailer mailer = mailer(WENJIANG);
        mailer.posted(deadline(WENJIANG));

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(recipients()).containsExactly("li@example.cn", "wang@example.cn");
        assertThat(mailer.failed()).isZero();
    }

    @Test
    void eachMailIsInItsRecipientsLanguageChineseByDefault() throws Exception {
        choose(WENJIANG, "wang", true, Locale.forLanguageTag("zh"), CurrentUser.OFFICER);
        choose(WENJIANG, "li", true, Locale.ENGLISH, CurrentUser.OFFICER);

        mailer(WENJIANG).posted(deadline(WENJIANG));

        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            String to = mail.getRecipients(Message.RecipientType.TO)[0].toString();
            String body = mail.getContent().toString();
            assertThat(mail.getFrom()[0].toString()).isEqualTo("zugong@example.cn");
            if (to.startsWith("wang")) {
                assertThat(mail.getSubject()).isEqualTo("【组工】张三的培训将于2026-06-30截止");
                assertThat(body).startsWith("您好：").contains("张三的培训将于2026-06-30截止");
            } else {
                assertThat(mail.getSubject()).isEqualTo("[Zugong] Training of 张三 due on 2026-06-30");
                assertThat(body).startsWith("Hello,");
            }
        }
    }

    @Test
    void theCountysGrantDecidesWhoHoldsTheAudienceOnceItGrantedThePermission() throws Exception {
        choose(WENJIANG, "wang", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);
        choose(WENJIANG, "qian", true, Locale.SIMPLIFIED_CHINESE, "viewer");
        db.execute(
                "insert into plugin_grant (tenant_id, id, plugin_id, permission, role_name)"
                        + " values (?, random_uuid(), 'training', 'training.view', 'viewer')",
                WENJIANG);

        mailer(WENJIANG).posted(deadline(WENJIANG));

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(recipients()).containsExactly("qian@example.cn");
    }

    @Test
    void nothingIsMailedWhenSmtpIsNotConfigured() {
        choose(WENJIANG, "wang", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);

        NoticeMailer mailer = mailer(WENJIANG, Optional.empty());
        mailer.posted(deadline(WENJIANG));

        // the executor runs the sending in this thread: had anything been sent, it would be here
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(mailer.failed()).isZero();
    }

    @Test
    void aNoticeOfAnotherCountyThanTheRequestsIsNotMailed() {
        choose(WENJIANG, "wang", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);
        choose(PIDU, "sun", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);

        mailer(PIDU).posted(deadline(WENJIANG));

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerIsCountedAndNeverThrown() throws Exception {
        choose(WENJIANG, "wang", true, Locale.SIMPLIFIED_CHINESE, CurrentUser.OFFICER);
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }

        NoticeMailer mailer = mailer(WENJIANG, Optional.of(settings(closed)));
        mailer.posted(deadline(WENJIANG));

        assertThat(mailer.failed()).isEqualTo(1);
    }

    @Test
    void switchingOnNeedsTheAccountsAddressAndSupervisorsCannotChoose() {
        NoticeMailPreferences preferences = signedIn(WENJIANG, "wang", CurrentUser.OFFICER);
        assertThatThrownBy(() -> preferences.choose(true, Optional.empty(), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class);

        TenancyHolder.set(Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU))));
        CurrentUserHolder.set(new CurrentUser("boss", "boss", Set.of("supervisor"), Set.of()));
        assertThatThrownBy(() -> preferences.choose(true, Optional.of("boss@example.cn"), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class);
        assertThat(preferences.chosen()).isFalse();
    }
}
