package cn.zugong.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The last net under the API: an error the servlet container would answer with its HTML error page
 * ({@code sendError}, by Jakarta REST or a servlet below it) is answered as problem+json instead.
 */
final class ProblemResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
        super(response);
        this.request = request;
    }

    @Override
    public void sendError(int status) throws IOException {
        write(ApiProblem.of(ProblemKind.ofStatus(status)), status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        sendError(status);
    }

    /** Writes the problem unless the response has gone out already. */
    void write(ApiProblem problem, int status) throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ProblemDetail detail = ProblemTexts.portal()
                .render(problem, ProblemTexts.language(languages(request)), request.getRequestURI());
        response.setStatus(status);
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ProblemJson.write(detail));
    }

    /** Without an Accept-Language header the servlet container would offer its own default locale. */
    static List<Locale> languages(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
    }
}
