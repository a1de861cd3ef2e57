package cn.zugong.ui.publicpage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers of every public page, set before the page runs: no script, style or form target
 * from anywhere but the portal, no framing, no caching (a ballot on a shared tablet must not come
 * back with the back button), no content sniffing, no referrer (the address may hold a code). A
 * new public page adds its path to the patterns.
 */
@WebFilter(urlPatterns = {"/ballot/*", "/report/*"})
public class PublicHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * The reporting page's policy: the same, plus the portal's own script (the proof of work the
     * browser solves, {@code /report/report.js}); no inline script, nothing from elsewhere.
     */
    static final String SCRIPTED_POLICY =
            CONTENT_SECURITY_POLICY.replace("default-src 'none';", "default-src 'none'; script-src 'self';");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response, "/report".equals(request.getServletPath()));
        chain.doFilter(request, response);
    }

    public static void apply(HttpServletResponse response) {
        apply(response, false);
    }

    /** The headers, with the portal's own script allowed when {@code scripted}. */
    public static void apply(HttpServletResponse response, boolean scripted) {
        response.setHeader("Content-Security-Policy", scripted ? SCRIPTED_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}
