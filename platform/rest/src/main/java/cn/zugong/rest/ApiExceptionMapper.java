package cn.zugong.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception of an API request, Jakarta REST's own included, into a problem+json
 * response. Internal errors are logged here with their stack trace and answered without it.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        ApiProblem problem = Problems.classify(thrown);
        if (problem.kind() == ProblemKind.INTERNAL || problem.kind() == ProblemKind.UNAVAILABLE) {
            LOG.log(Level.SEVERE, "API request failed: " + path(), thrown);
        }
        ProblemDetail body =
                ProblemTexts.portal().render(problem, ProblemTexts.language(headers.getAcceptableLanguages()), path());
        return Response.status(body.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
