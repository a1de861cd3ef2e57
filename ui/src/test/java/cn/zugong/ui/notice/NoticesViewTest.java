package cn.zugong.ui.notice;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.PluginView;
import cn.zugong.core.mail.NoticeMailPreferences;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.plugin.notice.NoticeBoard;
import cn.zugong.core.plugin.notice.NoticeEntry;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The notices page and the header's bell without a browser: the texts, marking read, opening a notice. */
@ExtendWith(PortalUi.class)
class NoticesViewTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final UUID DEADLINE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID QUOTA = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final Board board = new Board();
    private final Host host = new Host();
    private final MailChoices mail = new MailChoices();
    private Optional<String> email = Optional.of("officer@example.cn");

    /** A module's page a notice leads to. */
    public static class CadrePage extends Div {}

    /** Where the bell leads (the real page needs the container's beans). */
    public static class NoticesPage extends Div {}

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);
        // Texts from the portal's bundle stand in for the module's own (no plugin host in these tests).
        host.views.add(new InstalledView(
                "training",
                new PluginView(
                        "training/cadre",
                        CadrePage.class,
                        "nav.calendar",
                        "vaadin:book",
                        new PluginPermission("training.view", Set.of(CurrentUser.OFFICER)))));
        board.entries.add(new NoticeEntry(
                DEADLINE,
                "training",
                "selection.gate.quota.free",
                List.of("5", "3"),
                "training/cadre?cadre=42",
                Instant.parse("2026-03-02T01:30:00Z"),
                false));
        board.entries.add(new NoticeEntry(
                QUOTA,
                "training",
                "selection.gate.checks.missing",
                List.of("X"),
                null,
                Instant.parse("2026-03-01T01:00:00Z"),
                false));
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static void signIn(Tenancy tenancy, String... roles) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("officer", "Officer", Set.of(roles), Set.of()));
    }

    private NoticesBell bell() {
        NoticesBell bell = new NoticesBell(board);
        UI.getCurrent().add(bell);
        return bell;
    }

    private NoticesView view() {
        NoticesView view = new NoticesView(board, host, mail, () -> email);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, NoticesView.ROUTE)).isEmpty();
        return view;
    }

    private static <C extends Component> C inRow(NoticesView view, int row, String column, Class<C> type, String id) {
        return _get(_getCellComponent(view.grid, row, column), type, spec -> spec.withId(id));
    }

    @Test
    void theBellShowsHowManyNoticesAreUnreadAndHidesTheCountAtNone() {
        NoticesBell bell = bell();

        assertThat(bell.getId()).contains("notices-bell");
        assertThat(bell.count.getId()).contains("notices-count");
        assertThat(bell.count.getText()).isEqualTo("2");
        assertThat(bell.count.isVisible()).isTrue();
        assertThat(bell.getAriaLabel()).contains("通知（2 条未读）");

        board.markAllRead();
        bell.afterNavigation(null);

        assertThat(bell.count.isVisible()).isFalse();
        assertThat(bell.getAriaLabel()).contains("通知（0 条未读）");
    }

    @Test
    void theBellOpensTheNoticesPage() {
        RouteConfiguration.forApplicationScope().setRoute(NoticesView.ROUTE, NoticesPage.class);

        _click(bell());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(NoticesView.ROUTE);
    }

    @Test
    void noticesAreForTheCountysStaffNotForSupervisors() {
        signIn(Tenancy.reading(Set.of(WENJIANG)), TenancyPolicy.SUPERVISOR);

        assertThat(bell().isVisible()).isFalse();
        assertThat(Entering.refusal(new NoticesView(board, host, mail, () -> email), NoticesView.ROUTE))
                .containsInstanceOf(AccessDeniedException.class);

        signIn(Tenancy.reading(Set.of(WENJIANG)), TenancyPolicy.TENANT_AUDITOR);
        assertThat(bell().isVisible()).isTrue();
    }

    @Test
    void eachNoticeIsShownInChineseWithItsModuleAndTime() {
        NoticesView view = view();

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(inRow(view, 0, "notice", Span.class, "notice-text-" + DEADLINE)
                        .getText())
                .isEqualTo("核定职数 5 名，已配 3 名，有空缺。");
        assertThat(_getFormattedRow(view.grid, 0).subList(1, 3)).containsExactly("工作日历", "2026-03-02 09:30");
        assertThat(inRow(view, 1, "notice", Span.class, "notice-text-" + QUOTA).getText())
                .isEqualTo("尚缺：X");
        assertThat(_find(
                        _getCellComponent(view.grid, 1, "actions"),
                        Button.class,
                        spec -> spec.withId("notice-open-" + QUOTA)))
                .isEmpty();
        assertThat(view.getPageTitle()).isEqualTo("通知");
    }

    @Test
    void inEnglishTheNoticeIsInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        NoticesView view = view();

        assertThat(inRow(view, 0, "notice", Span.class, "notice-text-" + DEADLINE)
                        .getText())
                .isEqualTo("5 approved, 3 held: a post is free.");
        assertThat(view.readAll.getText()).isEqualTo("Mark all read");
    }

    @Test
    void markingANoticeReadLowersTheBellsCount() {
        NoticesBell bell = bell();
        NoticesView view = view();

        _click(inRow(view, 1, "actions", Button.class, "notice-read-" + QUOTA));

        assertThat(board.read).containsExactly(QUOTA);
        assertThat(bell.count.getText()).isEqualTo("1");
        assertThat(_find(
                        _getCellComponent(view.grid, 1, "actions"),
                        Button.class,
                        spec -> spec.withId("notice-read-" + QUOTA)))
                .isEmpty();
        assertThat(view.readAll.isEnabled()).isTrue();

        _click(view.readAll);

        assertThat(bell.count.isVisible()).isFalse();
        assertThat(view.readAll.isEnabled()).isFalse();
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("已将 1 条通知标为已读。");
    }

    @Test
    void openingANoticeMarksItReadAndGoesWhereItLeads() {
        RouteConfiguration.forApplicationScope().setRoute("training/cadre", CadrePage.class);
        NoticesBell bell = bell();
        NoticesView view = view();

        _click(inRow(view, 0, "actions", Button.class, "notice-open-" + DEADLINE));

        assertThat(board.read).containsExactly(DEADLINE);
        assertThat(bell.count.getText()).isEqualTo("1");
        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("training/cadre");
        assertThat(location.getQueryParameters().getSingleParameter("cadre")).contains("42");
    }

    @Test
    void withoutNoticesThePageSaysSo() {
        board.entries.clear();

        NoticesView view = view();

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("暂无通知。");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.readAll.isEnabled()).isFalse();
    }

    @Test
    void withoutSmtpThereIsNoChoiceOfMail() {
        mail.offered = false;

        assertThat(view().mail.isVisible()).isFalse();
    }

    @Test
    void theUserChoosesMailToTheirAccountsAddressInTheirLanguage() {
        NoticesView view = view();

        assertThat(view.mail.isVisible()).isTrue();
        assertThat(view.mail.getLabel()).isEqualTo("同时通过电子邮件接收通知");
        assertThat(view.mail.getHelperText()).isEqualTo("通知将发送到您账号的邮箱：officer@example.cn");
        assertThat(view.mail.getValue()).isFalse();

        _setValue(view.mail, true);

        assertThat(mail.choices).containsExactly("true officer@example.cn zh");
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .contains("今后的通知将同时发送到您的邮箱。");

        _setValue(view.mail, false);
        assertThat(mail.choices).containsExactly("true officer@example.cn zh", "false officer@example.cn zh");
    }

    @Test
    void aStandingChoiceIsShownAndRefreshedWithTheAccountWhenThePageOpens() {
        mail.chosen = true;
        UI.getCurrent().setLocale(Locale.ENGLISH);

        NoticesView view = view();

        assertThat(view.mail.getValue()).isTrue();
        assertThat(view.mail.getLabel()).isEqualTo("Also receive notices by e-mail");
        assertThat(mail.refreshed).containsExactly("officer@example.cn en");
    }

    @Test
    void anAccountWithoutAnAddressCannotChooseMail() {
        email = Optional.empty();

        NoticesView view = view();

        assertThat(view.mail.isEnabled()).isFalse();
        assertThat(view.mail.getHelperText()).isEqualTo("您的账号没有登记邮箱，无法通过电子邮件接收通知。请联系本单位管理员。");
    }

    /** The user's choice of mail, offered as when SMTP is configured. */
    static final class MailChoices extends NoticeMailPreferences {

        boolean offered = true;
        boolean chosen;
        final List<String> choices = new ArrayList<>();
        final List<String> refreshed = new ArrayList<>();

        @Override
        public boolean offered() {
            return offered;
        }

        @Override
        public boolean chosen() {
            return chosen;
        }

        @Override
        public void choose(boolean enabled, Optional<String> email, Locale language) {
            choices.add(enabled + " " + email.orElse("") + " " + language.getLanguage());
            chosen = enabled;
        }

        @Override
        public void refresh(Optional<String> email, Locale language) {
            refreshed.add(email.orElse("") + " " + language.getLanguage());
        }
    }

    /** One user's notices on a list. */
    static final class Board extends NoticeBoard {

        final List<NoticeEntry> entries = new ArrayList<>();
        final List<UUID> read = new ArrayList<>();

        @Override
        public List<NoticeEntry> list(int offset, int limit) {
            return entries.stream().skip(offset).limit(limit).toList();
        }

        @Override
        public long count() {
            return entries.size();
        }

        @Override
        public long unreadCount() {
            return entries.stream().filter(e -> !e.read()).count();
        }

        @Override
        public boolean markRead(UUID id) {
            for (int i = 0; i < entries.size(); i++) {
                NoticeEntry e = entries.get(i);
                if (e.id().equals(id) && !e.read()) {
                    entries.set(
                            i,
                            new NoticeEntry(
                                    e.id(), e.pluginId(), e.messageKey(), e.args(), e.route(), e.postedAt(), true));
                    read.add(id);
                    return true;
                }
            }
            return false;
        }

        @Override
        public int markAllRead() {
            return (int)
                    List.copyOf(entries).stream().filter(e -> markRead(e.id())).count();
        }
    }

    /** The running modules' pages. */
    static final class Host extends PluginHost {

        final List<InstalledView> views = new ArrayList<>();

        @Override
        public List<InstalledView> views() {
            return views;
        }
    }
}
