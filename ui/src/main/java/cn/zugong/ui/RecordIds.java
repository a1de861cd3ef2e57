package cn.zugong.ui;

import java.util.Optional;
import java.util.UUID;

/** A record's id as a route or request gives it: something that is not a UUID names no record. */
public final class RecordIds {

    private RecordIds() {}

    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
