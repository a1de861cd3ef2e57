package cn.zugong.ui.security;

import cn.zugong.core.admin.IdentityAdmin;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the user's Keycloak session when the portal session ends without a logout: timed out by the
 * server after the tab was closed, or idle in an open tab (see {@link IdleSessions}; there the OIDC
 * client's own {@code request.logout()} in {@link IdleSessionFilter} already ends the Keycloak
 * session: {@code IdleSessionIT} passes without this listener, so this is the second line there).
 *
 * <p>Why: Keycloak's SSO session idles out only after the realm's {@code ssoSessionIdleTimeout}
 * (30 minutes, counted from the last token refresh or login, not from the user's last click). Left
 * alone it would sign the browser in again silently, and an idle user would never see the login
 * page, which 等保 requires. Aligning that realm setting instead cannot follow a per-session
 * timeout, so the portal ends the session itself: {@code DELETE /admin/realms/{realm}/sessions/{sid}}
 * with the service account {@code zugong-admin}, whose {@code manage-users} allows it. The session
 * id is the tokens' {@code sid} claim, which {@link IdleSessions} keeps in the HTTP session.
 * {@link LogoutServlet} removes it first: a logout ends the Keycloak session through the browser.
 */
@WebListener
public class KeycloakSessionEnd implements HttpSessionListener {

    static final String ATTRIBUTE = KeycloakSessionEnd.class.getName() + ".sid";
    private static final Logger LOG = Logger.getLogger(KeycloakSessionEnd.class.getName());

    /** Field injection: the container creates servlet listeners with their no-argument constructor. */
    @Inject
    IdentityAdmin identity;

    public KeycloakSessionEnd() {}

    KeycloakSessionEnd(IdentityAdmin identity) {
        this.identity = identity;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (!(event.getSession().getAttribute(ATTRIBUTE) instanceof String sid) || identity == null) {
            return;
        }
        try {
            identity.endSession(sid);
        } catch (RuntimeException e) { // Keycloak unreachable, or the server shutting down: log only
            LOG.log(Level.WARNING, "Keycloak session {0} not ended: {1}", new Object[] {sid, e.getMessage()});
        }
    }
}
