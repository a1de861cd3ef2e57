package cn.zugong.core.cadre.infrastructure.lrmx;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The photo rules (V-F6): a photo is present, within the size limit, and its first bytes are
 * those of a JPEG, PNG, GIF or BMP image. Only the signature is read; nothing decodes the image,
 * so a hostile image cannot exhaust memory here.
 */
final class Photos {

    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final List<byte[]> SIGNATURES = List.of(
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            new byte[] {'G', 'I', 'F', '8', '7', 'a'},
            new byte[] {'G', 'I', 'F', '8', '9', 'a'},
            new byte[] {'B', 'M'});

    private Photos() {}

    /**
     * Decodes the Base64 text of ZhaoPian (line breaks allowed) and checks the photo; returns the
     * bytes, or an empty array after adding the problems found.
     */
    static byte[] fromBase64(String file, String text, InterchangeLimits limits, List<InterchangeProblem> problems) {
        String base64 = BLANKS.matcher(text).replaceAll("");
        long size = base64.length() / 4L * 3;
        if (!base64.isEmpty() && size > limits.maxPhotoBytes()) {
            // Refused before decoding: an oversized photo is never held twice.
            problems.add(tooLarge(file, size, limits));
            return new byte[0];
        }
        try {
            byte[] photo = Base64.getDecoder().decode(base64);
            check(file, photo, limits, problems);
            return photo;
        } catch (IllegalArgumentException e) {
            problems.add(InterchangeProblem.of(file, LrmxField.ZHAO_PIAN.element(), ProblemKey.PHOTO_BASE64));
            return new byte[0];
        }
    }

    /** Checks photo bytes, adding the problems found. */
    static void check(String file, byte[] photo, InterchangeLimits limits, List<InterchangeProblem> problems) {
        String field = LrmxField.ZHAO_PIAN.element();
        if (photo.length == 0) {
            problems.add(InterchangeProblem.of(file, field, ProblemKey.PHOTO_MISSING));
        } else if (photo.length > limits.maxPhotoBytes()) {
            problems.add(tooLarge(file, photo.length, limits));
        } else if (SIGNATURES.stream().noneMatch(signature -> startsWith(photo, signature))) {
            problems.add(InterchangeProblem.of(file, field, ProblemKey.PHOTO_FORMAT));
        }
    }

    private static InterchangeProblem tooLarge(String file, long size, InterchangeLimits limits) {
        return InterchangeProblem.of(
                file,
                LrmxField.ZHAO_PIAN.element(),
                ProblemKey.PHOTO_SIZE,
                InterchangeLimits.mebibytes(size),
                InterchangeLimits.mebibytes(limits.maxPhotoBytes()));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
