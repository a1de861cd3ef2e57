package cn.zugong.ui.notice;

import cn.zugong.core.mail.NoticeMailPreferences;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.plugin.notice.NoticeBoard;
import cn.zugong.core.plugin.notice.NoticeEntry;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.security.AccountEmail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.InvalidLocationException;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The user's notices ({@code notices}), newest first in a lazy grid ({@code notices-grid}): the
 * module's text in the user's language, the module, the time, and per notice "open" ({@code
 * notice-open-<id>}, when it leads somewhere; it marks the notice read) and "mark read" ({@code
 * notice-read-<id>}); "mark all read" ({@code notices-read-all}); {@code notices-empty} when there
 * are none; when SMTP is configured, the choice to receive them by e-mail as well ({@link
 * NoticeMailToggle}). Only for users who read a county's notices (not supervisors).
 */
@Access(NoticesView.Readers.class)
@Route(value = NoticesView.ROUTE, layout = MainLayout.class)
public class NoticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "notices";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    final Grid<NoticeEntry> grid = new Grid<>();
    final Button readAll = new Button();
    final Paragraph empty = new Paragraph();
    final NoticeMailToggle mail;

    private final NoticeBoard board;
    private final PluginHost host;
    private Map<String, String> moduleNames = Map.of();

    @Inject
    NoticesView(NoticeBoard board, PluginHost host, NoticeMailPreferences mailPreferences) {
        this(board, host, mailPreferences, AccountEmail::current);
    }

    /** @param email the address of the signed-in user's account */
    NoticesView(
            NoticeBoard board,
            PluginHost host,
            NoticeMailPreferences mailPreferences,
            Supplier<Optional<String>> email) {
        this.board = board;
        this.host = host;
        this.mail = new NoticeMailToggle(mailPreferences, email);
        readAll.setId("notices-read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        readAll.addClickListener(click -> {
            int marked = board.markAllRead();
            Notification.show(getTranslation("notices.readAll.done", marked))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed();
        });
        empty.setId("notices-empty");
        grid.setId("notices-grid");
    }

    public static boolean mayOpen() {
        return NoticeBoard.county().isPresent();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        moduleNames = moduleNames();
        readAll.setText(getTranslation("notices.readAll"));
        empty.setText(getTranslation("notices.empty"));
        grid.removeAllColumns();
        grid.addComponentColumn(this::text)
                .setKey("notice")
                .setHeader(getTranslation("notices.column.notice"))
                .setFlexGrow(4);
        grid.addColumn(n -> moduleNames.getOrDefault(n.pluginId(), n.pluginId()))
                .setKey("module")
                .setHeader(getTranslation("notices.column.module"));
        grid.addColumn(n -> TIME.format(n.postedAt())).setKey("time").setHeader(getTranslation("notices.column.time"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("notices.column.actions"))
                .setFlexGrow(2);
        grid.setItems(query -> board.list(query.getOffset(), query.getLimit()).stream(), query -> (int) board.count());
        add(
                new H2(getTranslation("notices.title")),
                new Paragraph(getTranslation("notices.hint")),
                mail,
                readAll,
                empty,
                grid);
        mail.show();
        updateState();
    }

    /** The module's text for the notice in the user's language; unread ones in bold. */
    private Component text(NoticeEntry notice) {
        Span text = new Span(getTranslation(notice.messageKey(), notice.args().toArray()));
        text.setId("notice-text-" + notice.id());
        if (!notice.read()) {
            text.getStyle().set("font-weight", "600");
        }
        return text;
    }

    private Component actions(NoticeEntry notice) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (notice.route() != null) {
            Button open = new Button(getTranslation("notices.open"), click -> open(notice));
            open.setId("notice-open-" + notice.id());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(open);
        }
        if (notice.read()) {
            Span read = new Span(getTranslation("notices.read"));
            read.getElement().getThemeList().add("badge contrast small");
            actions.add(read);
        } else {
            Button markRead = new Button(getTranslation("notices.markRead"), click -> {
                board.markRead(notice.id());
                changed();
            });
            markRead.setId("notice-read-" + notice.id());
            markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(markRead);
        }
        return actions;
    }

    private void open(NoticeEntry notice) {
        board.markRead(notice.id());
        changed();
        try {
            Location target = new Location(notice.route());
            getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
        } catch (InvalidLocationException notARoute) {
            // a plugin's broken route: the notice is read, the user stays here
        }
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        updateState();
        getUI().ifPresent(NoticesChanged::fire);
    }

    private void updateState() {
        boolean none = board.count() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        readAll.setEnabled(board.unreadCount() > 0);
    }

    /** Each module's name as its menu shows it (its first page's menu label), by plugin id. */
    private Map<String, String> moduleNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (InstalledView view : host.views()) {
            names.putIfAbsent(view.pluginId(), getTranslation(view.view().menuLabelKey()));
        }
        return names;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notices.title");
    }

    /** Who may open this page: see {@link #mayOpen}. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
