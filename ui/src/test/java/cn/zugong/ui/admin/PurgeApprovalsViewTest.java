package cn.zugong.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.admin.TenantLifecycle;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantStatus;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform-secadmin's purge decisions without a browser, on tenants kept in memory. */
@ExtendWith(PortalUi.class)
class PurgeApprovalsViewTest {

    private static final Instant ARCHIVED = Instant.parse("2026-11-01T02:00:00Z");
    private final Lifecycle lifecycle = new Lifecycle();

    @BeforeEach
    void signInAsSecadmin() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        signIn("platform-secadmin", "platform-secadmin");
    }

    @AfterEach
    void signOut() {
        CurrentUserHolder.clear();
    }

    private static void signIn(String username, String role) {
        CurrentUserHolder.set(new CurrentUser(username, username, Set.of(role), Set.of()));
    }

    private PurgeApprovalsView view() {
        PurgeApprovalsView view = new PurgeApprovalsView(lifecycle);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/platform/purges")).isEmpty();
        return view;
    }

    /** An archived county whose purge the sysadmin requested. */
    private static Tenant requested(String code, String by) {
        Tenant t = new Tenant(new TenantId(code), null, "金堂县委组织部", "Jintang");
        t.changeStatus(TenantStatus.SUSPENDED, "platform-sysadmin", ARCHIVED.minusSeconds(600));
        t.exported("platform-sysadmin", ARCHIVED.minusSeconds(300), "ab12cd34");
        t.archive("platform-sysadmin", ARCHIVED);
        t.requestPurge(by, ARCHIVED.plusSeconds(3600), Duration.ZERO);
        return t;
    }

    @Test
    void onlyTheSecurityAdministratorMayOpenThePage() {
        for (String role : List.of("platform-sysadmin", "platform-auditor", "tenant-admin", "supervisor")) {
            signIn("u", role);
            assertThat(Entering.refusal(new PurgeApprovalsView(lifecycle), "admin/platform/purges"))
                    .as(role)
                    .containsInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aPendingRequestShowsWhoAskedWhenTheExportAndTheWaitingPeriod() {
        lifecycle.tenants.add(requested("510121", "platform-sysadmin"));
        PurgeApprovalsView view = view();

        assertThat(_size(view.grid)).isEqualTo(1);
        String row = _getFormattedRow(view.grid, 0).toString();
        assertThat(row)
                .contains("510121 金堂县委组织部")
                .contains("platform-sysadmin · 2026-11-01 11:00")
                .contains("2026-11-01 10:00 归档，等待期 30 天");
        assertThat(exportCell(view)).contains("2026-11-01 09:55").contains("ab12cd34");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void approvingAfterConfirmationPurgesTheTenant() {
        lifecycle.tenants.add(requested("510121", "platform-sysadmin"));
        PurgeApprovalsView view = view();

        ((Button) button(view, "purge-approve-510121").orElseThrow()).click();
        assertThat(lifecycle.decided).as("nothing before the confirmation").isEmpty();
        confirm();

        assertThat(lifecycle.decided).containsExactly("approve 510121 by platform-secadmin");
        assertThat(lifecycle.tenants.getFirst().status()).isEqualTo(TenantStatus.PURGED);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void refusingDropsTheRequestAndTheTenantStaysArchived() {
        lifecycle.tenants.add(requested("510121", "platform-sysadmin"));
        PurgeApprovalsView view = view();

        ((Button) button(view, "purge-refuse-510121").orElseThrow()).click();
        confirm();

        assertThat(lifecycle.decided).containsExactly("refuse 510121 by platform-secadmin");
        assertThat(lifecycle.tenants.getFirst().status()).isEqualTo(TenantStatus.ARCHIVED);
        assertThat(lifecycle.tenants.getFirst().purgeRequestedBy()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void theRequesterIsNeverOfferedTheirOwnRequest() {
        // One person holding both roles is refused at the door (三员分立); should one still get here,
        // the page offers nothing and the service refuses (Tenant.approvePurge).
        lifecycle.tenants.add(requested("510121", "platform-secadmin"));
        PurgeApprovalsView view = view();

        assertThat(button(view, "purge-approve-510121")).isEmpty();
        assertThat(button(view, "purge-refuse-510121")).isEmpty();
        assertThat(button(view, "purge-own-510121")).isPresent();
        assertThat(lifecycle.approveAsCurrentUser("510121")).isFalse();
        assertThat(lifecycle.tenants.getFirst().status()).isEqualTo(TenantStatus.ARCHIVED);
    }

    private static void confirm() {
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("purge-confirm"));
        confirm.close();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
    }

    private static String exportCell(PurgeApprovalsView view) {
        return ((Span) _getCellComponent(view.grid, 0, "export")).getText();
    }

    private static Optional<Component> button(PurgeApprovalsView view, String id) {
        return _getCellComponent(view.grid, 0, "decision")
                .getChildren()
                .filter(c -> id.equals(c.getId().orElse(null)))
                .findFirst();
    }

    /** Tenants in memory; decisions go through the tenant's own rules, as the real service's do. */
    static final class Lifecycle extends TenantLifecycle {
        final List<Tenant> tenants = new ArrayList<>();
        final List<String> decided = new ArrayList<>();

        @Override
        public List<Tenant> pendingPurges() {
            return tenants.stream().filter(Tenant::purgePending).toList();
        }

        @Override
        public long purgeWaitDays() {
            return 30;
        }

        @Override
        public Tenant approvePurge(String code) {
            Tenant t = find(code);
            t.approvePurge(me(), Instant.now());
            decided.add("approve " + code + " by " + me());
            return t;
        }

        @Override
        public Tenant refusePurge(String code) {
            Tenant t = find(code);
            t.refusePurge(me());
            decided.add("refuse " + code + " by " + me());
            return t;
        }

        boolean approveAsCurrentUser(String code) {
            try {
                approvePurge(code);
                return true;
            } catch (cn.zugong.core.validation.ValidationException refused) {
                return false;
            }
        }

        private Tenant find(String code) {
            return tenants.stream()
                    .filter(t -> t.id().code().equals(code))
                    .findFirst()
                    .orElseThrow();
        }

        private static String me() {
            return CurrentUserHolder.current().orElseThrow().username();
        }
    }
}
