package cn.zugong.ui.api;

import java.util.Optional;
import java.util.UUID;

/**
 * Record ids in paths (something that is not a UUID names no record: 404, like a missing one) and
 * request bodies (an absent body is malformed).
 */
final class Ids {

    private Ids() {}

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new ApiException(ApiProblem.of(ProblemKind.MALFORMED));
        }
        return body;
    }
}
