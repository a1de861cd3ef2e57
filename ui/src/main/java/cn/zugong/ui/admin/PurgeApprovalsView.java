package cn.zugong.ui.admin;

import cn.zugong.core.admin.TenantLifecycle;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The platform-secadmin's purge decisions ({@code admin/platform/purges}): each archived tenant whose
 * purge a platform-sysadmin requested, with who asked and when, the export the purge relies on (its
 * date and SHA-256) and the waiting period; approve (the county's data and identities are deleted)
 * or refuse (it stays archived). The requester is never offered their own request, and the service
 * refuses it anyway.
 */
@Access(PurgeApprovalsView.Secadmins.class)
@MenuEntry(label = "nav.platform.purges", icon = VaadinIcon.TRASH, order = 107)
@Route(value = "admin/platform/purges", layout = MainLayout.class)
public class PurgeApprovalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    final Grid<Tenant> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    private final TenantLifecycle lifecycle;

    @Inject
    PurgeApprovalsView(TenantLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        grid.removeAllColumns();
        grid.setId("purge-requests");
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.id().code() + " " + t.name(getLocale()))
                .setHeader(getTranslation("purges.column.tenant"))
                .setFlexGrow(2);
        grid.addColumn(t -> t.purgeRequestedBy().orElse("") + " · "
                        + t.purgeRequestedAt().map(TIME::format).orElse(""))
                .setHeader(getTranslation("purges.column.requested"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::export)
                .setKey("export")
                .setHeader(getTranslation("purges.column.export"))
                .setAutoWidth(true);
        grid.addColumn(this::waiting)
                .setHeader(getTranslation("purges.column.wait"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::decision)
                .setKey("decision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        empty.setId("purge-requests-none");
        empty.setText(getTranslation("purges.none"));
        add(new H2(getTranslation("purges.title")), new Paragraph(getTranslation("purges.hint")), empty, grid);
        refresh();
    }

    private Component export(Tenant t) {
        String hash = Objects.requireNonNullElse(t.exportSha256(), "");
        Span text = new Span(t.exportedAt().map(TIME::format).orElse("") + " · " + hash);
        text.setId("purge-export-" + t.id().code());
        text.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
        return text;
    }

    /** Archived since, and the waiting period the request had to respect. */
    private String waiting(Tenant t) {
        Instant archived = t.statusChangedAt();
        return getTranslation("purges.wait", archived == null ? "" : TIME.format(archived), lifecycle.purgeWaitDays());
    }

    private Component decision(Tenant t) {
        HorizontalLayout buttons = new HorizontalLayout();
        String me = CurrentUserHolder.current().map(CurrentUser::username).orElse("");
        if (t.purgeRequestedBy().map(me::equals).orElse(false)) {
            Span own = new Span(getTranslation("purges.own"));
            own.setId("purge-own-" + t.id().code());
            buttons.add(own);
            return buttons;
        }
        Button approve = new Button(
                getTranslation("purges.approve"),
                VaadinIcon.CHECK.create(),
                click -> confirm(t, "purges.approve.title", "purges.approve.text", "purges.approve", true));
        approve.setId("purge-approve-" + t.id().code());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button refuse = new Button(
                getTranslation("purges.refuse"),
                VaadinIcon.CLOSE.create(),
                click -> confirm(t, "purges.refuse.title", "purges.refuse.text", "purges.refuse", false));
        refuse.setId("purge-refuse-" + t.id().code());
        refuse.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons.add(approve, refuse);
        return buttons;
    }

    private void confirm(Tenant t, String title, String text, String action, boolean approve) {
        String name = t.name(getLocale());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("purge-confirm");
        confirm.setHeader(getTranslation(title));
        confirm.setText(getTranslation(text, name, t.purgeRequestedBy().orElse("")));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(action));
        if (approve) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.addConfirmListener(event -> {
            String code = t.id().code();
            if (AdminTexts.run(this, () -> {
                if (approve) {
                    lifecycle.approvePurge(code);
                } else {
                    lifecycle.refusePurge(code);
                }
            })) {
                AdminTexts.success(getTranslation(approve ? "purges.approved" : "purges.refused", name));
            }
            refresh();
        });
        confirm.open();
    }

    void refresh() {
        var pending = lifecycle.pendingPurges();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purges.title");
    }

    /** Only the platform-secadmin; the service checks again. */
    public static final class Secadmins implements AccessRule {
        @Override
        public boolean permits() {
            return CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SECADMIN);
        }
    }
}
