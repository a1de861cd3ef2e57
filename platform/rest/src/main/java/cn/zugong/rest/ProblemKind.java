package cn.zugong.rest;

/**
 * The kinds of problem the API reports: status, type URI and the message keys of title and
 * default detail ({@code api.problem.<name>.title} and {@code .detail}).
 */
public enum ProblemKind {
    INVALID(400, "validation"),
    MALFORMED(400, "malformed"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    INTERNAL(500, "internal"),
    /** A service the portal depends on (the identity provider) could not do what was asked. */
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String name;

    ProblemKind(int status, String name) {
        this.status = status;
        this.name = name;
    }

    public int status() {
        return status;
    }

    /** A stable URN; clients may switch on it. */
    public String type() {
        return "urn:zugong:problem:" + name;
    }

    public String titleKey() {
        return "api.problem." + name + ".title";
    }

    public String detailKey() {
        return "api.problem." + name + ".detail";
    }

    /** The kind for a status that Jakarta REST itself refused with; {@code INTERNAL} for anything unknown. */
    public static ProblemKind ofStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != MALFORMED && kind != UNAVAILABLE) {
                return kind;
            }
        }
        return status >= 400 && status < 500 ? MALFORMED : INTERNAL;
    }
}
