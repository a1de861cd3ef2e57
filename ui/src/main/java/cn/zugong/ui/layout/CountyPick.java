package cn.zugong.ui.layout;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.dashboard.ListRoute;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.TenancyPolicy;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a page with one county of the supervisor's scope shown: {@code scope/<county>/<route>}
 * (with the route's query, if any) picks the county as the header's switcher does, then loads the
 * route afresh so that {@code TenancyFilter} applies the pick to it. A county outside the user's
 * scope is refused; a route that is not a {@linkplain ListRoute path inside the portal} is not
 * found. The dashboard links a supervisor's county rows of the plugins' indicators here.
 */
@Route(value = CountyPick.ROUTE + "/:" + CountyPick.COUNTY + "/:" + CountyPick.TO + "*", layout = MainLayout.class)
public class CountyPick extends Div implements BeforeEnterObserver {

    static final String ROUTE = "scope";
    static final String COUNTY = "county";
    static final String TO = "to";

    private final TenancyPolicy policy;

    @Inject
    CountyPick(TenancyPolicy policy) {
        this.policy = policy;
    }

    /** The parameters of the link that opens {@code path} (a {@linkplain ListRoute valid} one) with {@code county} shown. */
    public static RouteParameters parameters(TenantId county, String path) {
        return new RouteParameters(Map.of(COUNTY, county.code(), TO, path));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        Optional<TenantId> county = parameters.get(COUNTY).flatMap(CountyPick::county);
        if (county.isEmpty() || !TenantSwitcher.scope(policy).contains(county.get())) {
            event.rerouteToError(new AccessDeniedException("error.scope.outside"), "error.scope.outside");
            return;
        }
        String query = event.getLocation().getQueryParameters().getQueryString();
        String target = parameters.get(TO).orElse("") + (query.isEmpty() ? "" : "?" + query);
        if (!ListRoute.valid(target)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TenantSwitcher.pick(county.get());
        // from the portal's root: the browser's address is still this route's, deeper than the target
        event.getUI().getPage().setLocation(root() + "/" + target);
    }

    private static String root() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        return request == null ? "" : request.getContextPath();
    }

    private static Optional<TenantId> county(String code) {
        try {
            return Optional.of(new TenantId(code));
        } catch (IllegalArgumentException notACounty) {
            return Optional.empty();
        }
    }
}
