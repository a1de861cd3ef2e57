package cn.zugong.rest;

import cn.zugong.core.validation.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses a path or query parameter holding the character U+0000, which no database text can
 * store (PostgreSQL fails the statement): a 400 naming the parameter instead of a failed query.
 */
@Provider
public class NulRefusal implements ContainerRequestFilter {

    static final String KEY = "api.error.text.nul";

    @Override
    public void filter(ContainerRequestContext request) {
        List<Problem> problems = new ArrayList<>();
        collect(request.getUriInfo().getPathParameters(), problems);
        collect(request.getUriInfo().getQueryParameters(), problems);
        if (!problems.isEmpty()) {
            throw new ApiException(new ApiProblem(ProblemKind.INVALID, null, problems));
        }
    }

    static void collect(MultivaluedMap<String, String> parameters, List<Problem> problems) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().stream().anyMatch(NulRefusal::hasNul)) {
                problems.add(new Problem(parameter.getKey(), KEY));
            }
        }
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
