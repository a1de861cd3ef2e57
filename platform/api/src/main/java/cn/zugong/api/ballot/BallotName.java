package cn.zugong.api.ballot;

import java.util.Objects;
import java.util.UUID;

/**
 * A name on a ballot: a cadre of the registry (its id), or a person outside it (no id).
 *
 * @param cadreId the cadre's id, or null
 * @param name the name as printed on the ballot
 * @since 1.3.0
 */
public record BallotName(UUID cadreId, String name) {

    public BallotName {
        Objects.requireNonNull(name, "name");
    }
}
