package cn.zugong.ui.plugin;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.install.PluginInstaller;
import cn.zugong.core.plugin.install.PluginRefusedException;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * The platform-sysadmin's modules ({@code admin/platform/plugins}): upload a plugin jar, read its
 * review (what it declares, its signer, every reason it would be refused) and install or upgrade
 * it; then for each installed module enable, disable, choose the counties it is offered to,
 * uninstall (data kept), export its data and, once uninstalled and exported, purge it. Everyone
 * else is refused here and again by the installer.
 */
@Access(PlatformPluginsView.Readers.class)
@MenuEntry(label = "nav.platform.plugins", icon = VaadinIcon.PACKAGE, order = 110)
@Route(value = "admin/platform/plugins", layout = MainLayout.class)
public class PlatformPluginsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_MEGABYTES = 50;
    static final String ZIP = "application/zip";

    final Upload upload = Widgets.upload();
    final PluginReviewPanel review = new PluginReviewPanel(this::install, this::discard);
    final Grid<PluginRecord> grid = new Grid<>();

    private final PluginInstaller installer;
    private final PluginRegistry registry;
    private final TenantDirectory directory;

    /** The jar under review, kept until it is installed or discarded. */
    private byte[] reviewed;

    @Inject
    PlatformPluginsView(PluginInstaller installer, PluginRegistry registry, TenantDirectory directory) {
        this.installer = installer;
        this.registry = registry;
        this.directory = directory;
    }

    public static boolean mayOpen() {
        return CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SYSADMIN);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        configureUpload();
        configureGrid();
        add(
                new H2(getTranslation("plugin.platform.title")),
                new Paragraph(getTranslation("plugin.platform.hint")),
                new H3(getTranslation("plugin.platform.upload.title")),
                new Paragraph(getTranslation("plugin.platform.upload.hint", MAX_MEGABYTES)),
                upload,
                review,
                new H3(getTranslation("plugin.platform.installed")),
                grid);
        refresh();
    }

    private void configureUpload() {
        upload.setId("plugin-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".jar", "application/java-archive");
        upload.setDropLabel(new Span(getTranslation("plugin.platform.upload.drop")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, jar) -> reviewUpload(jar)));
        upload.addFileRejectedListener(
                rejected -> PluginTexts.error(getTranslation("plugin.platform.upload.rejected", MAX_MEGABYTES)));
    }

    /** An uploaded jar: reviewed, nothing installed yet. */
    void reviewUpload(byte[] jar) {
        upload.clearFileList();
        try {
            PluginReview result = installer.review(jar);
            reviewed = jar;
            review.show(result);
        } catch (AccessDeniedException denied) {
            discard();
            PluginTexts.error(getTranslation(denied.getMessage()));
        }
    }

    private void install() {
        if (reviewed == null) {
            return;
        }
        try {
            PluginRecord installed = installer.install(reviewed);
            discard();
            announce(installed, "plugin.platform.installed.result");
        } catch (PluginRefusedException refused) {
            review.show(refused.review());
        } catch (ValidationException | AccessDeniedException refused) {
            PluginTexts.refused(this, refused);
        }
        refresh();
    }

    /** The state a plugin was left in after an install or a start: a failure with its reason. */
    private void announce(PluginRecord record, String key) {
        String text = getTranslation(key, record.pluginId(), record.version(), PluginTexts.state(this, record.state()));
        if (record.state() == PluginState.FAILED) {
            PluginTexts.error(text + " "
                    + PluginTexts.recordMessage(this, record.message().orElse("")));
        } else {
            PluginTexts.success(text);
        }
    }

    private void discard() {
        reviewed = null;
        review.clear();
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("platform-plugins-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(PluginRecord::pluginId)
                .setHeader(getTranslation("plugin.column.id"))
                .setAutoWidth(true);
        grid.addColumn(PluginRecord::version)
                .setHeader(getTranslation("plugin.column.version"))
                .setAutoWidth(true);
        grid.addColumn(r -> PluginTexts.state(this, r.state()))
                .setHeader(getTranslation("plugin.column.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> PluginTexts.recordMessage(this, r.message().orElse("")))
                .setHeader(getTranslation("plugin.column.message"))
                .setFlexGrow(2);
        grid.addColumn(r -> PluginTexts.signer(this, r.signer()))
                .setHeader(getTranslation("plugin.column.signer"))
                .setFlexGrow(1);
        grid.addColumn(this::offeredTo)
                .setHeader(getTranslation("plugin.column.offeredTo"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("plugin.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    void refresh() {
        grid.setItems(installer.all());
    }

    /** To whom a plugin is offered: every tenant, the counties by name, or none yet. */
    String offeredTo(PluginRecord record) {
        if (record.offeredToAll()) {
            return getTranslation("plugin.offers.all.summary");
        }
        Set<String> tenants = registry.offeredTenants(record.pluginId());
        if (tenants.isEmpty()) {
            return getTranslation("plugin.offers.none");
        }
        return String.join(
                getTranslation("list.separator"),
                tenants.stream().sorted().map(this::tenantName).toList());
    }

    String tenantName(String code) {
        return directory.all().stream()
                .filter(t -> t.id().code().equals(code))
                .findFirst()
                .map(t -> t.name(getLocale()))
                .orElse(code);
    }

    private Component actions(PluginRecord record) {
        String id = record.pluginId();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        PluginState state = record.state();
        if (state == PluginState.DISABLED || state == PluginState.FAILED) {
            actions.add(button("plugin-enable-" + id, "plugin.action.enable", VaadinIcon.PLAY, () -> {
                if (PluginTexts.run(this, () -> announce(installer.enable(id), "plugin.platform.enabled.result"))) {
                    refresh();
                }
            }));
        }
        if (state == PluginState.ENABLED || state == PluginState.FAILED) {
            actions.add(button("plugin-disable-" + id, "plugin.action.disable", VaadinIcon.STOP, () -> {
                if (PluginTexts.run(this, () -> installer.disable(id))) {
                    PluginTexts.success(getTranslation("plugin.platform.disabled", id));
                    refresh();
                }
            }));
        }
        if (state != PluginState.UNINSTALLED) {
            actions.add(button("plugin-offers-" + id, "plugin.action.offers", VaadinIcon.USERS, () -> offers(record)));
            Button uninstall = button(
                    "plugin-uninstall-" + id, "plugin.action.uninstall", VaadinIcon.TRASH, () -> confirmUninstall(id));
            uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(uninstall);
        }
        actions.add(exportLink(id));
        if (state == PluginState.UNINSTALLED) {
            Button purge = button(
                    "plugin-purge-" + id, "plugin.action.purge", VaadinIcon.CLOSE_CIRCLE, () -> confirmPurge(id));
            purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(purge);
        }
        return actions;
    }

    private void offers(PluginRecord record) {
        String id = record.pluginId();
        new OffersDialog(record, registry.offeredTenants(id), directory.all(), offer -> {
                    if (!PluginTexts.run(this, () -> installer.offer(id, offer.all(), offer.tenants()))) {
                        return false;
                    }
                    PluginTexts.success(getTranslation("plugin.offers.saved", id));
                    refresh();
                    return true;
                })
                .open();
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Anchor exportLink(String id) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> export(id)),
                AttachmentType.DOWNLOAD,
                getTranslation("plugin.action.export"));
        link.setId("plugin-export-" + id);
        link.getElement().setAttribute("title", getTranslation("plugin.action.export.hint"));
        return link;
    }

    /** The plugin's data of every county as a zip of CSV files, {@code <id>-data.zip}. */
    DownloadResponse export(String id) {
        try {
            byte[] zip = installer.export(id);
            return new DownloadResponse(new ByteArrayInputStream(zip), id + "-data.zip", ZIP, zip.length);
        } catch (AccessDeniedException denied) {
            return DownloadResponse.error(403);
        } catch (ValidationException unknown) {
            return DownloadResponse.error(404);
        }
    }

    private void confirmUninstall(String id) {
        ConfirmDialog confirm = confirm(
                "plugin-uninstall-confirm",
                getTranslation("plugin.uninstall.title", id),
                getTranslation("plugin.uninstall.text"),
                getTranslation("plugin.action.uninstall"));
        confirm.addConfirmListener(event -> {
            if (PluginTexts.run(this, () -> installer.uninstall(id))) {
                PluginTexts.success(getTranslation("plugin.uninstall.done", id));
            }
            refresh();
        });
        confirm.open();
    }

    private void confirmPurge(String id) {
        ConfirmDialog confirm = confirm(
                "plugin-purge-confirm",
                getTranslation("plugin.purge.title", id),
                getTranslation("plugin.purge.text"),
                getTranslation("plugin.action.purge"));
        confirm.addConfirmListener(event -> {
            if (PluginTexts.run(this, () -> installer.purge(id))) {
                PluginTexts.success(getTranslation("plugin.purge.done", id));
            }
            refresh();
        });
        confirm.open();
    }

    private ConfirmDialog confirm(String id, String header, String text, String confirmText) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(id);
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        return confirm;
    }

    /** The counties of the directory, the tenants a plugin may be offered to: codes not ending in 00. */
    static boolean county(String code) {
        return !code.endsWith("00");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugin.platform.title");
    }

    /** Who may open this page: see {@link #mayOpen}. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
