package cn.zugong.api.intake;

import java.util.Objects;

/**
 * A file sent with a submission, already checked by the platform: within the size limit and of an
 * allowed type recognised by its content (PDF, JPEG or PNG), whatever its name or declared type
 * said. Keep it as data and offer it only as a download: never render it into a page.
 *
 * @param fileName the name the sender's browser gave, stripped of any folder, for display only
 * @param mediaType the type the platform recognised: {@code application/pdf}, {@code image/jpeg}
 *     or {@code image/png}
 * @param content the bytes
 * @since 1.3.0
 */
public record IntakeAttachment(String fileName, String mediaType, byte[] content) {

    public IntakeAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
