package cn.zugong.ui.security;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.security.RequestOrigin;
import cn.zugong.core.tenant.Admission;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.ops.RequestObservation;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * Binds every request to the user and tenancy that the verified token gives, and to its origin
 * (session and client address) for the audit trail. A user the portal does not admit ({@link
 * Admission}: two platform roles, an auditor who also writes, a suspended tenant) gets the {@link
 * RefusalPage} instead of any page. The only input
 * from the browser's side is the tenant picked in the switcher, kept in the server-side session,
 * and it counts only inside the token's scope. Within that binding the request is timed and logged
 * with its tenant, user, id and route ({@link RequestObservation}).
 */
@WebFilter(urlPatterns = "/*")
public class TenancyFilter extends HttpFilter {

    /** Session attribute holding the tenant a supervisor picked. */
    public static final String PICKED_TENANT = "zugong.pickedTenant";

    @Inject
    TenancyPolicy policy;

    @Inject
    Admission admission;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<CurrentUser> user = TokenIdentity.of(request);
        Optional<String> refusal = user.flatMap(admission::refusal);
        if (refusal.isPresent() && !refusedElsewhere(request)) {
            RefusalPage.write(request, response, refusal.get());
            return;
        }
        try {
            user.ifPresent(u -> {
                CurrentUserHolder.set(u);
                TenancyHolder.set(policy.tenancy(u.groups(), u.roles(), picked(request)));
                RequestOrigin.set(origin(request));
            });
            RequestObservation.observe(request, response, chain);
        } finally {
            CurrentUserHolder.clear();
            TenancyHolder.clear();
            RequestOrigin.clear();
        }
    }

    /**
     * Paths whose refusal is answered elsewhere: the API (a problem answer, {@code AdmissionFilter})
     * and signing out, which a refused user needs.
     */
    private static boolean refusedElsewhere(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/logout");
    }

    /** Where the request comes from, for the audit trail: its session (hashed there) and address. */
    private static RequestOrigin origin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return RequestOrigin.of(session == null ? null : session.getId(), request.getRemoteAddr());
    }

    private static Optional<TenantId> picked(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object code = session == null ? null : session.getAttribute(PICKED_TENANT);
        try {
            return code instanceof String s ? Optional.of(new TenantId(s)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
