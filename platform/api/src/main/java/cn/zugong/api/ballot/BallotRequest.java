package cn.zugong.api.ballot;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A ballot session a plugin opens in the request's county.
 *
 * @param kind a recommendation or an evaluation
 * @param purpose the plugin's own word for what it is for (at most 60 characters); the plugin lists
 *     its sessions by it
 * @param title the title participants see
 * @param names the names on the ballot, in order
 * @param expected how many should take part: one code is issued for each
 * @param maxMarks how many names a voter may mark (a recommendation; ignored for an evaluation)
 * @param opensAt when voting may start
 * @param closesAt when the codes expire
 * @since 1.3.0
 */
public record BallotRequest(
        BallotKind kind,
        String purpose,
        String title,
        List<BallotName> names,
        int expected,
        int maxMarks,
        Instant opensAt,
        Instant closesAt) {

    public BallotRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        names = List.copyOf(names);
    }
}
