package cn.zugong.ui.plugin;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.install.VendorKey;
import cn.zugong.core.plugin.install.VendorKeys;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform-secadmin's vendor certificates without a browser, on an in-memory list. */
@ExtendWith(PortalUi.class)
class VendorKeysViewTest {

    private static final String FINGERPRINT = "0123456789abcdef".repeat(4);

    private final Keys keys = new Keys();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn(CurrentUser.PLATFORM_SECADMIN);
        keys.keys.add(new Key(FINGERPRINT, "CN=Zugong Labs,O=Zugong,C=CN"));
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
    }

    private static void signIn(String role) {
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
    }

    private VendorKeysView view() {
        VendorKeysView view = new VendorKeysView(keys);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/platform/vendor-keys")).isEmpty();
        return view;
    }

    private static List<String> notificationTexts() {
        return getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    @Test
    void onlyTheSecurityAdministratorMayOpenThePage() {
        for (String role : List.of(CurrentUser.PLATFORM_SYSADMIN, CurrentUser.TENANT_ADMIN)) {
            signIn(role);
            VendorKeysView view = new VendorKeysView(keys);
            assertThat(Entering.refusal(view, "admin/platform/vendor-keys"))
                    .as(role)
                    .containsInstanceOf(AccessDeniedException.class);
            assertThat(VendorKeysView.mayOpen()).as(role).isFalse();
        }
    }

    @Test
    void theKeysAreListedWithAShortenedFingerprint() {
        VendorKeysView view = view();

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0).getFirst()).isEqualTo("CN=Zugong Labs,O=Zugong,C=CN");
        assertThat(_getFormattedRow(view.grid, 0).get(2)).isEqualTo("secadmin");
        assertThat(_getFormattedRow(view.grid, 0).get(3)).isEqualTo("2026-03-01 10:30");
        assertThat(VendorKeysView.shortened(FINGERPRINT)).isEqualTo("0123456789ab");
        assertThat(_getCellComponent(view.grid, 0, "remove").getId()).contains("key-remove-0123456789ab");
    }

    @Test
    void aKeyIsRemovedOnlyAfterConfirmation() {
        VendorKeysView view = view();

        ((Button) _getCellComponent(view.grid, 0, "remove")).click();
        assertThat(keys.calls).isEmpty();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("key-remove-confirm"));
        confirm.close();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(keys.calls).containsExactly("remove " + FINGERPRINT);
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void aPemCertificateIsAddedAndAnythingElseRefusedInWords() {
        VendorKeysView view = view();

        view.pem.setValue("not a certificate");
        view.add.click();
        assertThat(notificationTexts()).contains("不是有效的 X.509 证书（PEM 或 DER 格式）。");
        assertThat(_size(view.grid)).isEqualTo(1);

        view.pem.setValue("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
        view.add.click();

        assertThat(keys.calls).containsExactly("add");
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.pem.getValue()).isEmpty();
        assertThat(notificationTexts()).contains("已登记厂商证书“CN=New Vendor”。");
    }

    @Test
    void anEmptyPemIsNotSent() {
        VendorKeysView view = view();

        view.add.click();

        assertThat(view.pem.isInvalid()).isTrue();
        assertThat(keys.calls).isEmpty();
    }

    @Test
    void unsignedPluginsAreAllowedWithAWarning() {
        VendorKeysView view = view();
        assertThat(view.allowUnsigned.getId()).contains("allow-unsigned");
        assertThat(view.allowUnsigned.getValue()).isFalse();
        assertThat(view.unsignedWarning.getText()).startsWith("警告");

        view.allowUnsigned.setValue(true);

        assertThat(keys.calls).containsExactly("allowUnsigned true");
        assertThat(keys.allowUnsigned()).isTrue();
    }

    /** A registered vendor certificate. */
    private static final class Key extends VendorKey {

        private final String fingerprint;
        private final String subject;

        Key(String fingerprint, String subject) {
            this.fingerprint = fingerprint;
            this.subject = subject;
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }

        @Override
        public String subject() {
            return subject;
        }

        @Override
        public String addedBy() {
            return "secadmin";
        }

        @Override
        public Instant addedAt() {
            return Instant.parse("2026-03-01T02:30:00Z");
        }
    }

    /** The vendor keys on a list; "-----BEGIN CERTIFICATE-----" texts are accepted, anything else refused. */
    private static final class Keys extends VendorKeys {

        final List<VendorKey> keys = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        boolean unsigned;

        @Override
        public List<VendorKey> list() {
            return List.copyOf(keys);
        }

        @Override
        public VendorKey add(byte[] certificate) {
            String pem = new String(certificate, StandardCharsets.US_ASCII);
            if (!pem.startsWith("-----BEGIN CERTIFICATE-----")) {
                throw new ValidationException(List.of(new Problem("certificate", "plugin.key.invalid")));
            }
            Key key = new Key("ab".repeat(32), "CN=New Vendor");
            keys.add(key);
            calls.add("add");
            return key;
        }

        @Override
        public void remove(String fingerprint) {
            calls.add("remove " + fingerprint);
            keys.removeIf(k -> k.fingerprint().equals(fingerprint));
        }

        @Override
        public boolean allowUnsigned() {
            return unsigned;
        }

        @Override
        public void allowUnsigned(boolean allow) {
            calls.add("allowUnsigned " + allow);
            unsigned = allow;
        }
    }
}
