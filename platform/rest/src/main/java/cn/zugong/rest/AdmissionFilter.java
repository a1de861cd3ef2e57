package cn.zugong.rest;

import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Admission;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses every API call of a user the portal does not admit ({@link Admission}): a token that
 * breaks the separation of duties, or a user of a suspended tenant. The answer is a 403 problem
 * whose detail says which, in the caller's language.
 */
@Provider
public class AdmissionFilter implements ContainerRequestFilter {

    @Inject
    Admission admission;

    @Override
    public void filter(ContainerRequestContext request) {
        CurrentUserHolder.current().flatMap(admission::refusal).ifPresent(key -> {
            throw new ApiException(ApiProblem.of(ProblemKind.FORBIDDEN, key));
        });
    }
}
