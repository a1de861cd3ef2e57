package cn.zugong.rest;

import cn.zugong.core.admin.IdentityConflictException;
import cn.zugong.core.admin.IdentityUnavailableException;
import cn.zugong.core.admin.UnknownTenantException;
import cn.zugong.core.admin.UnknownUserException;
import cn.zugong.core.plugin.install.PluginRefusedException;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.validation.ValidationException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.hibernate.StaleStateException;

/**
 * Decides which problem an exception is. Looks through wrappers (a transaction interceptor wraps
 * what fails at commit), so a stale version found at commit is still a conflict. Anything not
 * recognized is an internal error, whose detail never reveals the exception.
 */
public final class Problems {

    private static final int MAX_DEPTH = 16;

    private Problems() {}

    public static ApiProblem classify(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            ApiProblem known = known(current);
            if (known != null) {
                return known;
            }
            current = current.getCause();
        }
        return ApiProblem.of(ProblemKind.INTERNAL);
    }

    private static ApiProblem known(Throwable thrown) {
        return switch (thrown) {
            case ApiException api -> api.problem();
            case ValidationException invalid -> new ApiProblem(ProblemKind.INVALID, null, invalid.problems());
            case PluginRefusedException refused ->
                new ApiProblem(
                        ProblemKind.INVALID, "plugin.refused", refused.review().problems());
            case AccessDeniedException denied -> ApiProblem.of(ProblemKind.FORBIDDEN, denied.getMessage());
            case IdentityConflictException taken -> ApiProblem.of(ProblemKind.CONFLICT, "user.error.exists");
            case IdentityUnavailableException down -> ApiProblem.of(ProblemKind.UNAVAILABLE);
            case UnknownUserException unknown -> ApiProblem.of(ProblemKind.NOT_FOUND);
            case UnknownTenantException unknown -> ApiProblem.of(ProblemKind.NOT_FOUND);
            case OptimisticLockException stale -> ApiProblem.of(ProblemKind.CONFLICT);
            case StaleStateException stale -> ApiProblem.of(ProblemKind.CONFLICT);
            case WebApplicationException web -> ApiProblem.of(ProblemKind.ofStatus(status(web)));
            case JsonbException malformed -> ApiProblem.of(ProblemKind.MALFORMED);
            case JsonException malformed -> ApiProblem.of(ProblemKind.MALFORMED);
            case ProcessingException malformed -> ApiProblem.of(ProblemKind.MALFORMED);
            default -> null;
        };
    }

    private static int status(WebApplicationException web) {
        return web.getResponse() == null ? 500 : web.getResponse().getStatus();
    }
}
