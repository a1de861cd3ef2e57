package cn.zugong.ui.ops;

import cn.zugong.core.ops.LogContext;
import cn.zugong.core.ops.OpsMetrics;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Times and logs one HTTP request: its log lines carry the tenant, the user, a request id (also
 * sent back as {@code X-Request-Id}) and the route, and its time is recorded by kind and route
 * template ({@link OpsMetrics#request}). The route of an API call is named by the REST layer, that
 * of a Vaadin request by the tab's current view ({@link VaadinObservation}); static resources are
 * counted together.
 */
public final class RequestObservation {

    /** The request attribute where the layer that routed a request names its route template. */
    public static final String ROUTE = OpsMetrics.ROUTE_ATTRIBUTE;

    /** The session attribute prefix under which each tab (UI id) keeps its current view's route. */
    static final String UI_ROUTE = "zugong.route.ui.";

    /**
     * One line per request served (no static resources, no heartbeats): kind, route template (never
     * the path or its query), status and time; the access log that follows a county's day. Operators quieten it
     * by setting the logger {@code cn.zugong.access} to WARN.
     */
    private static final Logger ACCESS = Logger.getLogger("cn.zugong.access");

    private RequestObservation() {}

    /** Runs the rest of the chain inside the request's log context, timed. */
    public static void observe(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String kind = kind(request);
        String requestId = LogContext.newRequestId();
        response.setHeader("X-Request-Id", requestId);
        String user = CurrentUserHolder.current().map(CurrentUser::username).orElse(null);
        long start = System.nanoTime();
        try (LogContext log = LogContext.open(tenant(TenancyHolder.current()), user, requestId, tabRoute(request))) {
            try {
                chain.doFilter(request, response);
            } finally {
                served(request, response, kind, Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    /** Records the time, and logs the request unless it is a static resource or a tab's heartbeat. */
    private static void served(HttpServletRequest request, HttpServletResponse response, String kind, Duration time) {
        String route = route(request, kind);
        OpsMetrics.request(kind, route, request.getMethod(), response.getStatus(), time);
        if (!kind.equals("resource") && !kind.equals("heartbeat")) {
            ACCESS.info(() -> kind + " " + route + " " + response.getStatus() + " " + time.toMillis() + " ms");
        }
    }

    /** What kind of request: Vaadin's ({@code uidl}, {@code heartbeat}, {@code init} …), {@code api}, {@code resource} or {@code page}. */
    static String kind(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/api/")) {
            return "api";
        }
        String vaadin = request.getParameter("v-r");
        if (vaadin != null && vaadin.matches("[a-z-]{1,20}")) {
            return vaadin;
        }
        if (path.startsWith("/VAADIN/") || path.lastIndexOf('.') > path.lastIndexOf('/')) {
            return "resource";
        }
        return "page";
    }

    /** The route template the request was served under, else its kind (never a path with ids). */
    static String route(HttpServletRequest request, String kind) {
        if (request.getAttribute(ROUTE) instanceof String named) {
            return named;
        }
        String tab = tabRoute(request);
        return tab != null ? tab : kind;
    }

    /** The current view of the tab a Vaadin request comes from, as its navigation recorded it. */
    private static String tabRoute(HttpServletRequest request) {
        String ui = request.getParameter("v-uiId");
        HttpSession session = request.getSession(false);
        if (ui == null || session == null || !ui.matches("\\d{1,9}")) {
            return null;
        }
        try {
            return session.getAttribute(UI_ROUTE + ui) instanceof String route ? route : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** The tenant a request writes, else the one it reads; a supervisor's scope as its size. */
    static String tenant(Tenancy tenancy) {
        if (tenancy.writable().isPresent()) {
            return tenancy.writable().get().code();
        }
        var readable = tenancy.readable();
        if (readable.size() == 1) {
            return readable.iterator().next().code();
        }
        return readable.isEmpty() ? null : "scope:" + readable.size();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
