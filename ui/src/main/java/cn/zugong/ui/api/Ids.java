package cn.zugong.ui.api;

/** Request bodies: an absent body is malformed. (Ids in paths: {@code RecordIds}; not a UUID is a 404.) */
public final class Ids {

    private Ids() {}

    public static <T> T body(T body) {
        if (body == null) {
            throw new ApiException(ApiProblem.of(ProblemKind.MALFORMED));
        }
        return body;
    }
}
