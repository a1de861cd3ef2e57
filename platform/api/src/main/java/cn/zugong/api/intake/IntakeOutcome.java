package cn.zugong.api.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * What a sender reads with a receipt code: where the submission stands and, once there is one, its
 * outcome. Both are keys of the plugin's message bundle, shown in the sender's language; nothing
 * else of the record is shown.
 *
 * @param statusKey the state, such as {@code supervision.public.status.HANDLING}
 * @param outcomeKey the outcome, such as {@code supervision.public.outcome.UNSUBSTANTIATED}, or
 *     empty while there is none
 * @since 1.3.0
 */
public record IntakeOutcome(String statusKey, Optional<String> outcomeKey) {

    public IntakeOutcome {
        Objects.requireNonNull(statusKey, "statusKey");
        Objects.requireNonNull(outcomeKey, "outcomeKey");
    }
}
