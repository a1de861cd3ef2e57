package cn.zugong.api.selection;

import java.util.Objects;
import java.util.UUID;

/**
 * What a plugin asks for when it opens a selection case of an exchange (交流): the cadre, the post
 * the cadre is to take, how and why. The case is an appointment to that post ({@link
 * SelectionKind#APPOINT}, with the cadre as the intended candidate) marked as an exchange, so every
 * statutory step and every gate applies as to any appointment.
 *
 * @param cadreId the cadre to move, one of the county's
 * @param positionId the county's position the cadre is to take
 * @param type 调任 or 转任
 * @param reason the reason of 交流规定 2006 第四条, 1 to 5: (1) work need, (2) training through
 *     exchange, (3) long in one place or department, (4) avoidance, (5) other
 * @param reference what the case comes from, shown on the case, such as the plan's name; at most
 *     200 characters
 * @since 1.3.0
 */
public record ExchangeRequest(UUID cadreId, UUID positionId, ExchangeType type, int reason, String reference) {

    /** The lowest and the highest reason code of 第四条. */
    public static final int FIRST_REASON = 1;

    public static final int LAST_REASON = 5;

    public ExchangeRequest {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        if (reason < FIRST_REASON || reason > LAST_REASON) {
            throw new IllegalArgumentException("reason not in 1..5: " + reason);
        }
        if (reference.isBlank() || reference.length() > 200) {
            throw new IllegalArgumentException("reference blank or longer than 200 characters");
        }
    }
}
