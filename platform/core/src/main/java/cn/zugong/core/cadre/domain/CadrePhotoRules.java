package cn.zugong.core.cadre.domain;

import cn.zugong.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What a cadre photo may be: a JPEG or PNG, recognized by its first bytes (never by the file name
 * or the browser's type), of at most {@link #MAX_BYTES}.
 */
public final class CadrePhotoRules {

    /** 5 MiB, the limit the interchange formats apply to photos too. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private CadrePhotoRules() {}

    /** The media type the bytes start like: {@code image/jpeg}, {@code image/png}, or empty. */
    public static Optional<String> mediaType(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    public static List<Problem> check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return List.of(new Problem("photo", "cadre.photo.error.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return List.of(new Problem("photo", "cadre.photo.error.size", List.of(MAX_BYTES / (1024 * 1024))));
        }
        if (mediaType(bytes).isEmpty()) {
            return List.of(new Problem("photo", "cadre.photo.error.type"));
        }
        return List.of();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
