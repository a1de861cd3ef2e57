package cn.zugong.rest;

import java.util.Optional;
import java.util.UUID;

/** Request bodies: an absent body is malformed. Ids in paths: not a UUID names no record (a 404). */
public final class Ids {

    private Ids() {}

    /** A record's id as the path gives it: something that is not a UUID names no record. */
    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new ApiException(ApiProblem.of(ProblemKind.MALFORMED));
        }
        return body;
    }
}
