package cn.zugong.ui.admin;

import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.core.admin.TenantExport;
import cn.zugong.core.admin.TenantLifecycle;
import cn.zugong.core.division.Division;
import cn.zugong.core.division.Divisions;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantStatus;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The platform-sysadmin's tenants ({@code admin/platform/tenants}): create a tenant by picking a
 * division (searched by code, name or pinyin) and naming its first admin, whose temporary password
 * is shown once; the tenant tree with each node's status; suspend and resume; export, archive and
 * request a purge ({@link TenantRetirement}).
 */
@Access(TenantsView.Sysadmins.class)
@MenuEntry(label = "nav.platform.tenants", icon = VaadinIcon.INSTITUTION, order = 105)
@Route(value = "admin/platform/tenants", layout = MainLayout.class)
public class TenantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Division> division = new ComboBox<>();
    final TextField adminUsername = new TextField();
    final TextField adminName = new TextField();
    final EmailField adminEmail = new EmailField();
    Select<Locale> adminLanguage = new Select<>();
    final Button create = new Button();
    final Grid<Tenant> grid = new Grid<>();

    private final TenantLifecycle lifecycle;
    private final TenantRetirement retirement;

    @Inject
    TenantsView(TenantLifecycle lifecycle, TenantExport exporter) {
        this.lifecycle = lifecycle;
        this.retirement = new TenantRetirement(this, lifecycle, exporter, this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        division.setId("tenant-division");
        division.setLabel(getTranslation("tenants.division"));
        division.setPlaceholder(getTranslation("tenants.division.placeholder"));
        division.setWidth("28em");
        division.setItems(query ->
                Divisions.national().search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                        .skip(query.getOffset()));
        division.setItemLabelGenerator(this::label);
        adminUsername.setId("tenant-admin-username");
        adminUsername.setLabel(getTranslation("tenants.admin.username"));
        adminName.setId("tenant-admin-name");
        adminName.setLabel(getTranslation("tenants.admin.name"));
        adminEmail.setId("tenant-admin-email");
        adminEmail.setLabel(getTranslation("tenants.admin.email"));
        adminLanguage = AdminTexts.mailLanguage(this, "tenant-admin-language");
        create.setId("tenant-create");
        create.setText(getTranslation("tenants.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        FormLayout form = new FormLayout(division, adminUsername, adminName, adminEmail, adminLanguage);
        configureGrid();
        add(
                new H2(getTranslation("tenants.title")),
                new Paragraph(getTranslation("tenants.hint")),
                new H3(getTranslation("tenants.create.title")),
                form,
                create,
                grid);
        refresh();
    }

    /** A division as the picker shows it: code, name, and the names above it. */
    private String label(Division d) {
        StringBuilder text = new StringBuilder(d.code()).append(' ');
        Divisions.national().lineage(d.code()).forEach(a -> text.append(a.name(getLocale()))
                .append(getLocale().getLanguage().equals("zh") ? "" : " "));
        return text.toString().strip();
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("tenants-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.id().code())
                .setHeader(getTranslation("tenants.column.code"))
                .setAutoWidth(true);
        grid.addColumn(t -> indent(t) + t.name(getLocale()))
                .setHeader(getTranslation("tenants.column.name"))
                .setFlexGrow(3);
        grid.addColumn(this::status)
                .setHeader(getTranslation("tenants.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static String indent(Tenant t) {
        int depth = t.path().split("/").length - 2;
        return "\u3000".repeat(Math.max(0, depth));
    }

    private String status(Tenant t) {
        return getTranslation("tenants.status." + t.status().name());
    }

    private Component actions(Tenant t) {
        return retirement.actions(t, statusButton(t));
    }

    /** Suspend or resume, for an active or suspended tenant; none once archived. */
    private Component statusButton(Tenant t) {
        String code = t.id().code();
        if (t.status() == TenantStatus.ARCHIVED || t.status() == TenantStatus.PURGED) {
            return null;
        }
        if (t.status() == TenantStatus.SUSPENDED) {
            Button resume = new Button(getTranslation("tenants.resume"), VaadinIcon.PLAY.create(), click -> {
                if (AdminTexts.run(this, () -> lifecycle.resume(code))) {
                    AdminTexts.success(getTranslation("tenants.resumed", t.name(getLocale())));
                }
                refresh();
            });
            resume.setId("tenant-resume-" + code);
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return resume;
        }
        Button suspend =
                new Button(getTranslation("tenants.suspend"), VaadinIcon.PAUSE.create(), click -> confirmSuspend(t));
        suspend.setId("tenant-suspend-" + code);
        suspend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return suspend;
    }

    private void confirmSuspend(Tenant t) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("tenant-suspend-confirm");
        confirm.setHeader(getTranslation("tenants.suspend.title"));
        confirm.setText(getTranslation("tenants.suspend.text", t.name(getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("tenants.suspend"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (AdminTexts.run(this, () -> lifecycle.suspend(t.id().code()))) {
                AdminTexts.success(getTranslation("tenants.suspended", t.name(getLocale())));
            }
            refresh();
        });
        confirm.open();
    }

    private void create() {
        Division picked = division.getValue();
        TenantLifecycle.Created[] created = new TenantLifecycle.Created[1];
        boolean done = AdminTexts.run(
                this,
                () -> created[0] = lifecycle.create(
                        picked == null ? null : picked.code(),
                        new IdentityAdmin.NewUser(
                                adminUsername.getValue(),
                                adminName.getValue(),
                                adminEmail.getValue(),
                                adminLanguage.getValue())));
        if (done) {
            AdminTexts.success(getTranslation("tenants.created", picked.name(getLocale())));
            AdminTexts.handOver(
                    this,
                    created[0].adminUsername(),
                    created[0].temporaryPassword(),
                    created[0].mailed(),
                    "tenants.mailed");
            division.clear();
            adminUsername.clear();
            adminName.clear();
            adminEmail.clear();
            refresh();
        }
    }

    void refresh() {
        grid.setItems(lifecycle.tenants());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }

    /** Only the platform-sysadmin; the service checks again. */
    public static final class Sysadmins implements AccessRule {
        @Override
        public boolean permits() {
            return CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SYSADMIN);
        }
    }
}
