package cn.zugong.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.admin.CountyRoles;
import cn.zugong.core.admin.CountyUsers;
import cn.zugong.core.admin.IdentityAdmin;
import cn.zugong.core.admin.IdentityUser;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.ui.Entering;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A county admin's users page without a browser, on users kept in memory. */
@ExtendWith(PortalUi.class)
class CountyUsersViewTest {

    private static final String WENJIANG = "/51/5101/510115";

    private final Users users = new Users();

    @BeforeEach
    void signInAsWenjiangsAdmin() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        CurrentUserHolder.set(new CurrentUser("wenjiang-admin", "Admin", Set.of("tenant-admin"), Set.of(WENJIANG)));
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
        users.people.add(
                new IdentityUser("1", "wenjiang-officer", "王明", "", true, Set.of("officer"), Set.of(WENJIANG)));
    }

    @AfterEach
    void signOut() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private CountyUsersView view() {
        CountyUsersView view = new CountyUsersView(users);
        UI.getCurrent().add(view);
        assertThat(Entering.refusal(view, "admin/users")).isEmpty();
        return view;
    }

    @Test
    void onlyACountysAdminMayOpenThePage() {
        CurrentUserHolder.set(new CurrentUser("o", "O", Set.of("officer"), Set.of(WENJIANG)));
        assertThat(Entering.refusal(new CountyUsersView(users), "admin/users"))
                .containsInstanceOf(AccessDeniedException.class);
        CurrentUserHolder.set(new CurrentUser("s", "S", Set.of("platform-sysadmin"), Set.of()));
        TenancyHolder.clear();
        assertThat(Entering.refusal(new CountyUsersView(users), "admin/users"))
                .containsInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCountysUsersAreListedWithTheirRolesInWords() {
        CountyUsersView view = view();

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).startsWith("wenjiang-officer", "王明", "组工干部", "正常");
    }

    @Test
    void theRolesOfferedAreTheCountysOnly() {
        CountyUsersView view = view();

        assertThat(view.roles.getListDataView().getItems().toList())
                .containsExactly("officer", "viewer", "tenant-auditor", "tenant-admin")
                .doesNotContain("platform-sysadmin", "supervisor");
    }

    @Test
    void anAddedUserGetsATemporaryPasswordShownOnce() {
        CountyUsersView view = view();
        view.username.setValue("wenjiang-new");
        view.displayName.setValue("李四");
        view.roles.setValue(Set.of("viewer"));

        view.add.click();

        assertThat(users.people).extracting(IdentityUser::username).contains("wenjiang-new");
        assertThat(_get(Span.class, spec -> spec.withId("temporary-password")).getText())
                .isEqualTo("Temp-Password-1");
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.username.getValue()).isEmpty();
    }

    @Test
    void aUserWithAnAddressGetsTheInstructionsByMailInTheChosenLanguageAndNoPasswordIsShown() {
        CountyUsersView view = view();
        assertThat(view.language.getValue())
                .as("the admin's own language by default")
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        view.username.setValue("wenjiang-mailed");
        view.displayName.setValue("Li Si");
        view.email.setValue("lisi@example.cn");
        view.language.setValue(Locale.ENGLISH);
        view.roles.setValue(Set.of("officer"));

        view.add.click();

        assertThat(users.asked).singleElement().satisfies(u -> assertThat(u.language())
                .isEqualTo(Locale.ENGLISH));
        assertThat(_find(Span.class, spec -> spec.withId("temporary-password"))).isEmpty();
        assertThat(getNotifications().stream().map(n -> n.getElement().getProperty("text")))
                .contains("已将登录说明（含临时密码）发送至用户“wenjiang-mailed”的邮箱。");
    }

    @Test
    void anAuditorWhoIsAlsoOfficerIsRefusedInWordsAndNothingIsAdded() {
        CountyUsersView view = view();
        view.username.setValue("wenjiang-both");
        view.displayName.setValue("双岗");
        view.roles.setValue(Set.of("officer", "tenant-auditor"));

        view.add.click();

        assertThat(users.people).hasSize(1);
        assertThat(getNotifications().stream().map(n -> n.getElement().getProperty("text")))
                .contains("按“三员分立”要求，审计员不能同时担任组工干部或单位管理员。");
        assertThat(view.username.getValue()).isEqualTo("wenjiang-both");
    }

    /** The county's users in memory; the role rule is the core's own. */
    static final class Users extends CountyUsers {
        final List<IdentityUser> people = new ArrayList<>();
        final List<IdentityAdmin.NewUser> asked = new ArrayList<>();

        @Override
        public List<IdentityUser> list() {
            return List.copyOf(people);
        }

        @Override
        public WithPassword add(IdentityAdmin.NewUser user, Set<String> roles) {
            Set<String> granted = CountyRoles.check(roles);
            IdentityUser added = new IdentityUser(
                    String.valueOf(people.size() + 1),
                    user.username(),
                    user.displayName(),
                    "",
                    true,
                    granted,
                    Set.of(WENJIANG));
            people.add(added);
            asked.add(user);
            // As the service does: a user with an address gets the password by mail (SMTP assumed).
            return user.email().isBlank()
                    ? new WithPassword(added, "Temp-Password-1")
                    : new WithPassword(added, null, true);
        }
    }
}
