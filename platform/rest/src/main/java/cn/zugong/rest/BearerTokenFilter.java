package cn.zugong.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Lets an API request through only when WildFly's OIDC client verified the bearer token it carries.
 *
 * <p>{@code web.xml} leaves {@code /api/*} out of the login constraint, so the OIDC client never
 * redirects an API caller to the login page: it still verifies an {@code Authorization: Bearer}
 * header on every request (pro-active authentication), and this filter answers 401 problem+json to
 * everything else. A browser session cookie does not count here: the principal must come from the
 * very token in the header, so another site cannot call the API with a signed-in user's cookie.
 *
 * <p>Below it, {@link ProblemResponse} answers what would otherwise be the servlet container's HTML
 * error page, and an exception that escapes Jakarta REST, as problem+json too.
 */
@WebFilter(urlPatterns = "/api/*")
public class BearerTokenFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());

    private static final String BEARER = "bearer ";

    /** Served without a token: the links to the OpenAPI document. */
    private static final Set<String> OPEN =
            Set.of(ApiApplication.PATH + "/openapi.json", ApiApplication.PATH + "/openapi.yaml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ProblemResponse problems = new ProblemResponse(request, response);
        if (!OPEN.contains(path) && verified(request).isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"zugong\"");
            problems.write(ApiProblem.of(ProblemKind.UNAUTHENTICATED), HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        try {
            chain.doFilter(request, problems);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.log(Level.SEVERE, "API request failed outside Jakarta REST: " + request.getRequestURI(), e);
            problems.write(ApiProblem.of(ProblemKind.INTERNAL), HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** The token of the request, when the principal was authenticated from exactly that bearer token. */
    static Optional<String> verified(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> principal)) {
            return Optional.empty();
        }
        OidcSecurityContext context = principal.getOidcSecurityContext();
        return context != null && token.equals(context.getTokenString()) ? Optional.of(token) : Optional.empty();
    }
}
