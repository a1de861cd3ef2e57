package cn.zugong.core.cadre.infrastructure.lrmx;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The size limits applied to files from outside. The photo limit follows the form software's
 * practice of photos under about 5 MB (DOMAIN.md 6.2); a single file may hold such a photo in
 * Base64 (a third larger) and the form's text. The archive limits bound the memory and time an
 * upload can cost, whatever its headers claim.
 *
 * @param maxPhotoBytes the largest decoded photo
 * @param maxFileBytes the largest single .lrmx, .lrm or .pic file, also per archive entry
 * @param maxEntries the most entries an archive may hold
 * @param maxTotalBytes the most bytes all entries of an archive may hold, uncompressed
 */
public record InterchangeLimits(long maxPhotoBytes, long maxFileBytes, int maxEntries, long maxTotalBytes) {

    private static final long MIB = 1024 * 1024;

    public static final InterchangeLimits DEFAULT = new InterchangeLimits(5 * MIB, 16 * MIB, 5_000, 256 * MIB);

    public InterchangeLimits {
        if (maxPhotoBytes <= 0 || maxFileBytes <= 0 || maxEntries <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public InterchangeLimits withMaxPhotoBytes(long bytes) {
        return new InterchangeLimits(bytes, maxFileBytes, maxEntries, maxTotalBytes);
    }

    /** Refuses a file larger than {@link #maxFileBytes()}. */
    void checkFileSize(String file, long size) {
        if (size > maxFileBytes) {
            throw new InterchangeException(
                    InterchangeProblem.of(file, ProblemKey.FILE_SIZE, mebibytes(size), mebibytes(maxFileBytes)));
        }
    }

    /** A size in MiB with one decimal, as the messages show it. */
    static BigDecimal mebibytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(MIB), 1, RoundingMode.HALF_UP);
    }
}
