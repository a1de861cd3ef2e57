package cn.zugong.ui.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.EmptyFrame;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.error.NotFoundView;
import cn.zugong.ui.security.TenancyFilter;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A supervisor's link to a page with one county shown: the pick is kept for the next request and
 * the page loaded afresh, only for a county of the supervisor's scope and a route inside the portal.
 */
class CountyPickTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");
    private static final TenantId FUCHENG = new TenantId("510703");

    private static final TenantDirectory DIRECTORY = new TenantDirectory() {
        private final Tenant chengdu = new Tenant(new TenantId("510100"), null, "成都市", "Chengdu");
        private final Tenant mianyang = new Tenant(new TenantId("510700"), null, "绵阳市", "Mianyang");
        private final List<Tenant> tenants = List.of(
                chengdu,
                new Tenant(WENJIANG, chengdu, "温江区", "Wenjiang"),
                new Tenant(PIDU, chengdu, "郫都区", "Pidu"),
                mianyang,
                new Tenant(FUCHENG, mianyang, "涪城区", "Fucheng"));

        @Override
        public List<Tenant> all() {
            return tenants;
        }
    };

    @RegisterExtension
    final PortalUi ui = PortalUi.serving(
            new Routes().autoDiscoverViews("cn.zugong.ui.layout").autoDiscoverViews("cn.zugong.ui.error"), services());

    private static Map<Class<?>, Object> services() {
        Map<Class<?>, Object> services = new HashMap<>(EmptyFrame.services());
        services.put(TenantDirectory.class, DIRECTORY);
        services.put(TenancyPolicy.class, new TenancyPolicy(DIRECTORY));
        return services;
    }

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        // Chengdu's supervisor, reading Wenjiang and Pidu (not Fucheng, in Mianyang)
        CurrentUserHolder.set(
                new CurrentUser("chengdu-supervisor", "成都督查", Set.of(TenancyPolicy.SUPERVISOR), Set.of("/51/5101")));
        TenancyHolder.set(Tenancy.reading(Set.of(WENJIANG, PIDU)));
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private static Object picked() {
        return VaadinSession.getCurrent().getSession().getAttribute(TenancyFilter.PICKED_TENANT);
    }

    /** The addresses the page was sent to, for a full load. */
    private static List<String> locations() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(i -> i.getExpression().contains("window.open"))
                .flatMap(i -> i.getParameters().stream())
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
    }

    @Test
    void aCountyOfTheScopeIsPickedAndTheRouteLoadedAfresh() {
        UI.getCurrent().navigate("scope/510115/training/shortfall", QueryParameters.of("status", "short"));

        assertThat(picked()).isEqualTo("510115");
        assertThat(locations()).contains("/training/shortfall?status=short");
        assertThat(_find(Div.class, spec -> spec.withId("access-denied"))).isEmpty();
    }

    @Test
    void aCountyOutsideTheScopeIsRefusedAndNothingPicked() {
        UI.getCurrent().navigate("scope/510703/training/shortfall");

        assertThat(picked()).isNull();
        assertThat(_get(Div.class, spec -> spec.withId("access-denied"))
                        .getElement()
                        .getTextRecursively())
                .contains("该县（区）不在您的管辖范围内。");
        assertThat(locations()).noneMatch(l -> l.contains("training"));
    }

    @Test
    void aCountyUsersOwnCountyIsTheirWholeScope() {
        CurrentUserHolder.set(
                new CurrentUser("officer", "干部科", Set.of(CurrentUser.OFFICER), Set.of("/51/5101/510117")));
        TenancyHolder.set(Tenancy.writing(PIDU));

        UI.getCurrent().navigate("scope/510115/training/shortfall");

        assertThat(picked()).isNull();
        assertThat(_find(Div.class, spec -> spec.withId("access-denied"))).hasSize(1);
    }

    @Test
    void aTargetLeavingThePortalIsNotFound() {
        UI.getCurrent().navigate("scope/510115/training/shortfall", QueryParameters.of("next", ".."));

        assertThat(picked()).isNull();
        assertThat(locations()).noneMatch(l -> l.contains("training"));
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }
}
