package cn.zugong.api.intake;

import java.util.Objects;

/**
 * One choice a sender has on the public form, such as a category of report.
 *
 * @param code what the plugin receives, letters, digits, dots and underscores only
 * @param messageKey a key of the plugin's message bundle, shown in the sender's language
 * @since 1.3.0
 */
public record IntakeChoice(String code, String messageKey) {

    public IntakeChoice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        if (!code.matches("[A-Za-z0-9_.]{1,40}")) {
            throw new IllegalArgumentException("choice code: " + code);
        }
    }
}
