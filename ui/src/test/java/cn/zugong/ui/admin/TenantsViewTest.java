package cn.zugong.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.core.admin.TenantExport;
import cn.zugong.core.admin.TenantLifecycle;
import cn.zugong.core.division.Divisions;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantStatus;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform-sysadmin's tenants page without a browser, on tenants kept in memory. */
@ExtendWith(PortalUi.class)
class TenantsViewTest {

    private final Lifecycle lifecycle = new Lifecycle();

    @BeforeEach
    void signInAsSysadmin() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        CurrentUserHolder.set(new CurrentUser("platform-sysadmin", "S", Set.of("platform-sysadmin"), Set.of()));
    }

    @AfterEach
    void signOut() {
        CurrentUserHolder.clear();
    }

    private TenantsView view() {
        TenantsView view = new TenantsView(lifecycle, new TenantExport());
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/platform/tenants")).isEmpty();
        return view;
    }

    @Test
    void onlyTheSystemAdministratorMayOpenThePage() {
        for (String role : List.of("platform-secadmin", "platform-auditor", "tenant-admin", "supervisor")) {
            CurrentUserHolder.set(new CurrentUser("u", "U", Set.of(role), Set.of()));
            assertThat(Entering.refusal(new TenantsView(lifecycle, new TenantExport()), "admin/platform/tenants"))
                    .as(role)
                    .containsInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aTenantIsCreatedFromAPickedDivisionAndItsAdminsPasswordShownOnce() {
        TenantsView view = view();
        view.division.setValue(Divisions.national().find("510118").orElseThrow());
        view.adminUsername.setValue("xinjin-admin");
        view.adminName.setValue("新津管理员");

        view.create.click();

        assertThat(lifecycle.created).containsExactly("510118 xinjin-admin");
        assertThat(_get(Span.class, spec -> spec.withId("temporary-password")).getText())
                .isEqualTo("Temp-Password-1");
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("510118");
        assertThat(view.division.getValue()).isNull();
    }

    @Test
    void anAdminWithAnAddressGetsTheInstructionsByMailInTheChosenLanguageAndNoPasswordIsShown() {
        TenantsView view = view();
        assertThat(view.adminLanguage.getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        view.division.setValue(Divisions.national().find("510184").orElseThrow());
        view.adminUsername.setValue("chongzhou-admin");
        view.adminName.setValue("Chongzhou Admin");
        view.adminEmail.setValue("admin@example.cn");
        view.adminLanguage.setValue(Locale.ENGLISH);

        view.create.click();

        assertThat(lifecycle.created).containsExactly("510184 chongzhou-admin en");
        assertThat(_find(Span.class, spec -> spec.withId("temporary-password"))).isEmpty();
        assertThat(getNotifications().stream().map(n -> n.getElement().getProperty("text")))
                .contains("已将登录说明（含临时密码）发送至管理员“chongzhou-admin”的邮箱。");
    }

    @Test
    void aTenantIsSuspendedOnlyAfterConfirmationAndCanBeResumed() {
        lifecycle.tenants.add(new Tenant(new TenantId("510115"), null, "温江区委组织部", "Wenjiang"));
        TenantsView view = view();
        assertThat(_getFormattedRow(view.grid, 0)).contains("正常");

        assertThat(action(view, "tenant-archive-510115"))
                .as("archived only once suspended")
                .isNull();
        action(view, "tenant-suspend-510115").click();
        assertThat(lifecycle.tenants.getFirst().status()).isEqualTo(TenantStatus.ACTIVE);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("tenant-suspend-confirm"));
        confirm.close();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(lifecycle.tenants.getFirst().status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(_getFormattedRow(view.grid, 0)).contains("已暂停");
        assertThat(action(view, "tenant-archive-510115")).isNotNull();
        action(view, "tenant-resume-510115").click();
        assertThat(lifecycle.tenants.getFirst().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(_size(view.grid)).isEqualTo(1);
    }

    /** The button of the first row's actions with this id, or null. */
    private static Button action(TenantsView view, String id) {
        return _getCellComponent(view.grid, 0, "actions")
                .getChildren()
                .filter(c -> c instanceof Button && id.equals(c.getId().orElse(null)))
                .map(Button.class::cast)
                .findFirst()
                .orElse(null);
    }

    /** Tenants in memory. */
    static final class Lifecycle extends TenantLifecycle {
        final List<Tenant> tenants = new ArrayList<>();
        final List<String> created = new ArrayList<>();

        @Override
        public List<Tenant> tenants() {
            return List.copyOf(tenants);
        }

        @Override
        public Created create(String divisionCode, IdentityAdmin.NewUser admin) {
            created.add(
                    divisionCode + " " + admin.username() + (admin.email().isBlank() ? "" : " " + admin.language()));
            tenants.add(new Tenant(new TenantId(divisionCode), null, "新津区委组织部", "Xinjin"));
            // As the service does: an admin with an address gets the password by mail (SMTP assumed).
            return admin.email().isBlank()
                    ? new Created(divisionCode, "/51/5101/" + divisionCode, admin.username(), "Temp-Password-1")
                    : new Created(divisionCode, "/51/5101/" + divisionCode, admin.username(), null, true);
        }

        @Override
        public Tenant suspend(String code) {
            return change(code, TenantStatus.SUSPENDED);
        }

        @Override
        public Tenant resume(String code) {
            return change(code, TenantStatus.ACTIVE);
        }

        private Tenant change(String code, TenantStatus status) {
            Tenant tenant = tenants.stream()
                    .filter(t -> t.id().code().equals(code))
                    .findFirst()
                    .orElseThrow();
            tenant.changeStatus(status, "platform-sysadmin", Instant.now());
            return tenant;
        }
    }
}
