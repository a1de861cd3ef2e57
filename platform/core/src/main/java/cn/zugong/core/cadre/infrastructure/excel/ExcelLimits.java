package cn.zugong.core.cadre.infrastructure.excel;

/**
 * The limits of an imported workbook.
 *
 * @param maxRows data rows accepted (the header not counted); more refuses the file
 * @param maxProblems problems kept for the report; more are counted, not listed
 * @param maxEntryBytes the largest uncompressed part of the .xlsx zip (POI {@code ZipSecureFile})
 * @param minInflateRatio the smallest compressed-to-uncompressed ratio of a part before it is taken
 *     for a zip bomb (POI {@code ZipSecureFile})
 */
public record ExcelLimits(int maxRows, int maxProblems, long maxEntryBytes, double minInflateRatio) {

    /**
     * From system properties {@code zugong.excel.maxRows} (default 200,000) and {@code
     * zugong.excel.maxProblems} (default 10,000); parts up to 512 MiB, ratio 1 %.
     */
    public static ExcelLimits fromSystem() {
        return new ExcelLimits(
                Integer.getInteger("zugong.excel.maxRows", 200_000),
                Integer.getInteger("zugong.excel.maxProblems", 10_000),
                512L * 1024 * 1024,
                0.01);
    }

    public ExcelLimits {
        if (maxRows < 1 || maxProblems < 1 || maxEntryBytes < 1 || minInflateRatio <= 0) {
            throw new IllegalArgumentException("Excel limits must be positive");
        }
    }

    public ExcelLimits withMaxRows(int rows) {
        return new ExcelLimits(rows, maxProblems, maxEntryBytes, minInflateRatio);
    }
}
