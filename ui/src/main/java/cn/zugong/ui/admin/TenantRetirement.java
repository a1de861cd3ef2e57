package cn.zugong.ui.admin;

import cn.zugong.core.admin.TenantExport;
import cn.zugong.core.admin.TenantLifecycle;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The end of a tenant's life on the tenants page: download its export, archive it (suspended and
 * exported since), request its purge (archived, after the waiting period). The purge is approved by a
 * platform-secadmin on {@link PurgeApprovalsView} (or {@code POST /platform/tenants/{code}/purge}).
 */
final class TenantRetirement {

    private final Component owner;
    private final TenantLifecycle lifecycle;
    private final TenantExport exporter;
    private final Runnable refresh;

    TenantRetirement(Component owner, TenantLifecycle lifecycle, TenantExport exporter, Runnable refresh) {
        this.owner = owner;
        this.lifecycle = lifecycle;
        this.exporter = exporter;
        this.refresh = refresh;
    }

    /** The buttons for a tenant, beside the suspend or resume button given. */
    Component actions(Tenant t, Component statusButton) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(true);
        if (t.status() == TenantStatus.PURGED) {
            return row;
        }
        if (statusButton != null) {
            row.add(statusButton);
        }
        row.add(exportLink(t));
        if (t.status() == TenantStatus.ARCHIVED) {
            if (t.purgeRequestedBy().isEmpty()) {
                row.add(button(
                        "tenants.purge.request",
                        VaadinIcon.TRASH,
                        "tenant-purge-request-",
                        t,
                        () -> confirm(t, "tenants.purge.title", "tenants.purge.text", "tenants.purge.request", () -> {
                            lifecycle.requestPurge(t.id().code());
                            return tr("tenants.purge.requested", t);
                        })));
            }
        } else if (t.status() == TenantStatus.SUSPENDED) {
            row.add(button(
                    "tenants.archive",
                    VaadinIcon.ARCHIVE,
                    "tenant-archive-",
                    t,
                    () -> confirm(t, "tenants.archive.title", "tenants.archive.text", "tenants.archive", () -> {
                        lifecycle.archive(t.id().code());
                        return tr("tenants.archivedDone", t);
                    })));
        }
        return row;
    }

    private Anchor exportLink(Tenant t) {
        String code = t.id().code();
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    TenantExport.Archive archive = exporter.export(code);
                    event.setFileName(archive.fileName());
                    event.setContentType("application/zip");
                    event.getOutputStream().write(archive.zip());
                },
                owner.getTranslation("tenants.export"));
        export.setId("tenant-export-" + code);
        t.exportedAt().ifPresent(at -> export.setTitle(owner.getTranslation("tenants.exported", at.toString())));
        return export;
    }

    private Button button(String key, VaadinIcon icon, String idPrefix, Tenant t, Runnable click) {
        Button button = new Button(owner.getTranslation(key), icon.create(), e -> click.run());
        button.setId(idPrefix + t.id().code());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void confirm(Tenant t, String title, String text, String action, Supplier<String> step) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("tenant-retire-confirm");
        confirm.setHeader(owner.getTranslation(title));
        confirm.setText(owner.getTranslation(text, t.name(locale())));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("action.cancel"));
        confirm.setConfirmText(owner.getTranslation(action));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            String[] done = new String[1];
            if (AdminTexts.run(owner, () -> done[0] = step.get())) {
                AdminTexts.success(done[0]);
            }
            refresh.run();
        });
        confirm.open();
    }

    private Locale locale() {
        return owner.getUI().map(UI::getLocale).orElse(Locale.CHINA);
    }

    private String tr(String key, Tenant t) {
        return owner.getTranslation(key, t.name(locale()));
    }
}
