package cn.zugong.ui.plugin;

import cn.zugong.core.plugin.install.VendorKey;
import cn.zugong.core.plugin.install.VendorKeys;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The platform-secadmin's vendor certificates ({@code admin/platform/vendor-keys}): plugin jars
 * signed by one of them may be installed. Add a certificate as PEM, remove one, and allow unsigned
 * plugins (for development only). Everyone else is refused here and again by the service.
 */
@Access(VendorKeysView.Readers.class)
@MenuEntry(label = "nav.platform.vendorKeys", icon = VaadinIcon.KEY, order = 120)
@Route(value = "admin/platform/vendor-keys", layout = MainLayout.class)
public class VendorKeysView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The hex digits of a fingerprint shown in the grid and in the remove button's id. */
    static final int SHORT = 12;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    final Grid<VendorKey> grid = new Grid<>();
    final TextArea pem = new TextArea();
    final Button add = new Button();
    final Checkbox allowUnsigned = new Checkbox();
    final Paragraph unsignedWarning = new Paragraph();

    private final VendorKeys keys;

    @Inject
    VendorKeysView(VendorKeys keys) {
        this.keys = keys;
    }

    public static boolean mayOpen() {
        return CurrentUserHolder.hasRole(CurrentUser.PLATFORM_SECADMIN);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        configureGrid();
        pem.setId("key-pem");
        pem.setLabel(getTranslation("vendorKeys.pem"));
        pem.setPlaceholder("-----BEGIN CERTIFICATE-----");
        pem.setWidthFull();
        pem.setMinRows(4);
        pem.setMaxRows(12);
        pem.getStyle().set("font-family", "monospace");
        add.setText(getTranslation("vendorKeys.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("key-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addKey());
        allowUnsigned.setId("allow-unsigned");
        allowUnsigned.setLabel(getTranslation("vendorKeys.allowUnsigned"));
        allowUnsigned.setValue(keys.allowUnsigned());
        allowUnsigned.addValueChangeListener(change -> {
            if (change.getValue() != keys.allowUnsigned()) {
                changeAllowUnsigned(change.getValue(), change.getOldValue());
            }
        });
        unsignedWarning.setId("allow-unsigned-warning");
        unsignedWarning.setText(getTranslation("vendorKeys.allowUnsigned.warning"));
        unsignedWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        add(
                new H2(getTranslation("vendorKeys.title")),
                new Paragraph(getTranslation("vendorKeys.hint")),
                grid,
                new H3(getTranslation("vendorKeys.add.title")),
                pem,
                add,
                new H3(getTranslation("vendorKeys.unsigned.title")),
                unsignedWarning,
                allowUnsigned);
        refresh();
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setId("vendor-keys-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(VendorKey::subject)
                .setHeader(getTranslation("vendorKeys.column.subject"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::fingerprint)
                .setHeader(getTranslation("vendorKeys.column.fingerprint"))
                .setAutoWidth(true);
        grid.addColumn(VendorKey::addedBy)
                .setHeader(getTranslation("vendorKeys.column.addedBy"))
                .setAutoWidth(true);
        grid.addColumn(k -> TIME.format(k.addedAt()))
                .setHeader(getTranslation("vendorKeys.column.addedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::removeButton)
                .setKey("remove")
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    void refresh() {
        grid.setItems(keys.list());
    }

    /** The first hex digits of a fingerprint (SHA-256 of the certificate), lower case. */
    static String shortened(String fingerprint) {
        String hex = fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
        return hex.length() <= SHORT ? hex : hex.substring(0, SHORT);
    }

    private Component fingerprint(VendorKey key) {
        Span text = new Span(shortened(key.fingerprint()) + "…");
        text.getElement().setAttribute("title", key.fingerprint());
        text.getStyle().set("font-family", "monospace");
        return text;
    }

    private Button removeButton(VendorKey key) {
        Button remove =
                new Button(getTranslation("vendorKeys.remove"), VaadinIcon.TRASH.create(), click -> confirm(key));
        remove.setId("key-remove-" + shortened(key.fingerprint()));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return remove;
    }

    private void confirm(VendorKey key) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("key-remove-confirm");
        confirm.setHeader(getTranslation("vendorKeys.remove.title"));
        confirm.setText(getTranslation("vendorKeys.remove.text", key.subject()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("vendorKeys.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> {
            if (PluginTexts.run(this, () -> keys.remove(key.fingerprint()))) {
                PluginTexts.success(getTranslation("vendorKeys.removed", key.subject()));
            }
            refresh();
        });
        confirm.open();
    }

    private void addKey() {
        String text = pem.getValue() == null ? "" : pem.getValue().strip();
        if (text.isEmpty()) {
            pem.setInvalid(true);
            pem.setErrorMessage(getTranslation("vendorKeys.pem.required"));
            return;
        }
        pem.setInvalid(false);
        VendorKey[] added = new VendorKey[1];
        if (PluginTexts.run(this, () -> added[0] = keys.add(text.getBytes(StandardCharsets.US_ASCII)))) {
            pem.clear();
            PluginTexts.success(getTranslation("vendorKeys.added", added[0].subject()));
            refresh();
        }
    }

    private void changeAllowUnsigned(boolean allow, boolean before) {
        if (!PluginTexts.run(this, () -> keys.allowUnsigned(allow))) {
            allowUnsigned.setValue(before);
            return;
        }
        PluginTexts.success(getTranslation(allow ? "vendorKeys.allowUnsigned.on" : "vendorKeys.allowUnsigned.off"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vendorKeys.title");
    }

    /** Who may open this page: see {@link #mayOpen}. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
