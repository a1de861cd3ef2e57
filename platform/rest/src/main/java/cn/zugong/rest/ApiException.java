package cn.zugong.rest;

/** Ends an API request with a problem (not found, stale version, ...); mapped to problem+json. */
public class ApiException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiException(ApiProblem problem) {
        super(problem.kind() + ": " + problem.detailKey(), null, false, false);
        this.problem = problem;
    }

    public static ApiException notFound() {
        return new ApiException(ApiProblem.of(ProblemKind.NOT_FOUND));
    }

    public ApiProblem problem() {
        return problem;
    }
}
