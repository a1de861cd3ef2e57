package cn.zugong.core.intake.domain;

import java.util.Optional;

/**
 * The file types the channel takes, told by their first bytes, never by the name or the type the
 * browser declared (an HTML page named {@code scan.pdf} is refused): PDF, JPEG and PNG. Nothing a
 * browser would run. The files are kept as data and offered only as downloads.
 */
public final class AttachmentTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private AttachmentTypes() {}

    /** The media type the content starts like, or empty when it is none of the allowed types. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The file's name for display: no folder, no control characters, at most 100 characters. */
    public static String displayName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
