package cn.zugong.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.OptionalInt;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * The portal's idle timeout, and what happens when it strikes.
 *
 * <p>{@code web.xml} sets 30 minutes and Vaadin's {@code closeIdleSessions}: Vaadin measures the
 * time since the last request other than a heartbeat against the session's timeout, so an open
 * tab's heartbeat does not keep a session alive. When Vaadin closes such an idle session it only
 * drops its own state; the HTTP session would keep the OIDC login and the page's reload would open
 * a fresh portal session without a password. So this listener marks the HTTP session as ended:
 * Vaadin answers the tab's next request "session expired" and the tab reloads, and {@link
 * IdleSessionFilter} then ends the HTTP session (and {@link KeycloakSessionEnd} the Keycloak
 * session) before it redirects the reload to the login: the user must sign in again.
 *
 * <p>Shorter timeouts, for tests: the system property {@code zugong.session.idle-seconds} sets a
 * session's timeout in seconds, for every session, or only for the users that {@code
 * zugong.session.idle-users} lists (comma-separated user names) when that is set too. The ITs'
 * shared server shortens it for one dedicated user only.
 */
public class IdleSessions implements VaadinServiceInitListener {

    static final String SECONDS = "zugong.session.idle-seconds";
    static final String USERS = "zugong.session.idle-users";
    /** HTTP session attribute: Vaadin closed this session as idle. */
    static final String ENDED = IdleSessions.class.getName() + ".ended";

    private static final String HTTP_SESSION = IdleSessions.class.getName() + ".http-session";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addSessionInitListener(init -> {
            if (!(init.getRequest() instanceof VaadinServletRequest servletRequest)
                    || !(init.getSession().getSession() instanceof WrappedHttpSession wrapped)) {
                return;
            }
            HttpServletRequest request = servletRequest.getHttpServletRequest();
            HttpSession http = wrapped.getHttpSession();
            TokenIdentity.context(request).ifPresent(context -> remember(context, http));
            init.getSession().setAttribute(HTTP_SESSION, http);
        });
        service.addSessionDestroyListener(destroy -> {
            VaadinSession session = destroy.getSession();
            if (session.getAttribute(HTTP_SESSION) instanceof HttpSession http) {
                markIfIdle(http, session.getLastRequestTimestamp(), System.currentTimeMillis());
            }
        });
    }

    private static void remember(OidcSecurityContext context, HttpSession http) {
        if (context.getToken() == null) {
            return;
        }
        timeout(context.getToken().getPreferredUsername(), System.getProperty(SECONDS), System.getProperty(USERS))
                .ifPresent(http::setMaxInactiveInterval);
        String sid = context.getToken().getClaimValueAsString("sid");
        if (sid != null) {
            http.setAttribute(KeycloakSessionEnd.ATTRIBUTE, sid);
        }
    }

    /** The shortened timeout for a user's session, if the system properties ask for one. */
    static OptionalInt timeout(String username, String seconds, String users) {
        if (seconds == null || seconds.isBlank()) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(seconds.trim());
        boolean applies = users == null
                || users.isBlank()
                || Arrays.stream(users.split(",")).map(String::trim).anyMatch(u -> u.equals(username));
        return value > 0 && applies ? OptionalInt.of(value) : OptionalInt.empty();
    }

    /**
     * Marks the HTTP session of a Vaadin session that ended because it was idle (not one that ended
     * with the HTTP session, as at logout, whose last request is recent), for {@link
     * IdleSessionFilter}.
     *
     * @return whether the HTTP session was marked
     */
    static boolean markIfIdle(HttpSession http, long lastRequest, long now) {
        try {
            if (now - lastRequest < http.getMaxInactiveInterval() * 1000L) {
                return false;
            }
            http.setAttribute(ENDED, Boolean.TRUE);
            return true;
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }
}
