package cn.zugong.ui.report;

import cn.zugong.core.intake.domain.PublicReport;
import cn.zugong.core.intake.domain.Upload;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the reporting page reads from a request. The challenge and its solution travel in the query
 * string, so that the proof of work is checked before the body (with its files) is read at all.
 */
final class ReportRequests {

    private ReportRequests() {}

    /** A parameter of the query string only (never the body), decoded; empty when absent. */
    static Optional<String> query(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null || query.length() > 1000) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The form as sent, its files cut at {@code maxBytes + 1} (a longer one is refused by the check). */
    static PublicReport report(HttpServletRequest request, String challenge, String solution, int maxBytes)
            throws IOException, ServletException {
        List<Upload> uploads = new ArrayList<>();
        for (Part part : request.getParts()) {
            if ("files".equals(part.getName()) && part.getSubmittedFileName() != null && part.getSize() > 0) {
                try (InputStream in = part.getInputStream()) {
                    uploads.add(new Upload(part.getSubmittedFileName(), in.readNBytes(maxBytes + 1)));
                }
            }
        }
        return new PublicReport(
                request.getParameter("county"),
                request.getParameter("category"),
                request.getParameter("text"),
                "on".equals(request.getParameter("realName")),
                request.getParameter("name"),
                request.getParameter("contact"),
                request.getParameter("candidate"),
                uploads,
                request.getParameter("key"),
                challenge,
                solution);
    }
}
