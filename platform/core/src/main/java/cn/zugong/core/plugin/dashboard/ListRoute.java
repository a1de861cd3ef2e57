package cn.zugong.core.plugin.dashboard;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The route a plugin's indicator drills down to ({@code DashboardIndicator.listRoute()}): a path
 * below the portal root, each segment of letters, digits and {@code . _ ~ -} starting with a letter
 * or digit, optionally a query of such characters with {@code = & %}. So no scheme, no leading or
 * double slash and no {@code ..}: the link stays inside the portal whatever the plugin returns,
 * and so does the county pick's forward, which reads the route from its URL.
 */
public final class ListRoute {

    private static final String SEGMENT = "[A-Za-z0-9][A-Za-z0-9._~-]*";
    private static final Pattern ROUTE = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*(\\?[A-Za-z0-9._~%=&-]*)?");

    private ListRoute() {}

    /** Whether {@code route} is a path (and query) inside the portal as above. */
    public static boolean valid(String route) {
        return route != null && ROUTE.matcher(route).matches() && !route.contains("..");
    }

    /** {@code route} when {@linkplain #valid valid}, otherwise empty. */
    public static Optional<String> checked(String route) {
        return valid(route) ? Optional.of(route) : Optional.empty();
    }
}
