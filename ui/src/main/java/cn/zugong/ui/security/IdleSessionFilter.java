package cn.zugong.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends an HTTP session that Vaadin closed as idle ({@link IdleSessions}) at its next request: signs
 * out, invalidates it ({@link KeycloakSessionEnd} ends the Keycloak session then) and sends the
 * browser to the same address again, which the OIDC client answers with Keycloak's login page.
 *
 * <p>Vaadin's own requests from the open tab (UIDL, heartbeat) pass: they find no Vaadin session and
 * Vaadin answers "session expired", on which the tab reloads. Redirected, those background requests
 * would fail against Keycloak's origin and the tab would only show a lost connection.
 */
@WebFilter(urlPatterns = "/*")
public class IdleSessionFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(IdleSessions.ENDED) == null || fromTheOpenTab(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.logout(); // the OIDC client's logout may invalidate the session itself
        HttpSession left = request.getSession(false);
        if (left != null) {
            left.invalidate();
        }
        String query = request.getQueryString();
        response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    private static boolean fromTheOpenTab(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.contains("v-r=uidl") || query.contains("v-r=heartbeat"));
    }
}
