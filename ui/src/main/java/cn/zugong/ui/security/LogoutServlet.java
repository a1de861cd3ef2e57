package cn.zugong.ui.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Ends the portal session and the Keycloak session. WildFly's OIDC client has no logout of its
 * own, so this ends the local session and sends the browser to the realm's end-session endpoint
 * with the ID token as hint; Keycloak then returns the browser to the portal, which asks for the
 * password again.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String idToken = TokenIdentity.context(request)
                .map(OidcSecurityContext::getIDTokenString)
                .orElse(null);
        HttpSession session = request.getSession(false);
        if (session != null) {
            // the browser ends the Keycloak session below, with the ID token as hint
            session.removeAttribute(KeycloakSessionEnd.ATTRIBUTE);
        }
        request.logout();
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String portal = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        StringBuilder target = new StringBuilder(OidcSettings.realmUrl())
                .append("/protocol/openid-connect/logout?client_id=")
                .append(encode(OidcSettings.clientId()))
                .append("&post_logout_redirect_uri=")
                .append(encode(portal));
        if (idToken != null) {
            target.append("&id_token_hint=").append(encode(idToken));
        }
        response.sendRedirect(target.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
