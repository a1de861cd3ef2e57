package cn.zugong.ui.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 */
@WebFilter(urlPatterns = "/api/*")
public class BearerTokenFilter extends HttpFilter {

    private static final String BEARER = "bearer ";

    /** Served without a token: the links to the OpenAPI document. */
    private static final Set<String> OPEN =
            Set.of(ApiApplication.PATH + "/openapi.json", ApiApplication.PATH + "/openapi.yaml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.contains(path) || verified(request).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemTexts.portal()
                .render(
                        ApiProblem.of(ProblemKind.UNAUTHENTICATED),
                        ProblemTexts.language(languages(request)),
                        request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"zugong\"");
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemJson.write(problem));
    }

    /** Without an Accept-Language header the servlet container would offer its own default locale. */
    private static List<Locale> languages(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
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
