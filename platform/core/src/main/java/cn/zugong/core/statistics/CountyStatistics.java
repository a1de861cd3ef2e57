package cn.zugong.core.statistics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * One county's figures of a year (or a sum of counties), cell by cell: {@code
 * basic.<row>.<column>} and {@code change.<change>}. A missing cell reads zero. The canonical
 * text (sorted {@code key=value} lines) is what a submission stores and hashes.
 */
public record CountyStatistics(Map<String, Long> cells) {

    public CountyStatistics {
        cells = Map.copyOf(cells);
    }

    public static final CountyStatistics EMPTY = new CountyStatistics(Map.of());

    static String basicKey(StatRow row, StatColumn column) {
        return "basic." + row.name() + "." + column.name();
    }

    static String changeKey(StatChange change) {
        return "change." + change.name();
    }

    public long basic(StatRow row, StatColumn column) {
        return cells.getOrDefault(basicKey(row, column), 0L);
    }

    /** A column over every row. */
    public long total(StatColumn column) {
        long sum = 0;
        for (StatRow row : StatRow.values()) {
            sum += basic(row, column);
        }
        return sum;
    }

    public long change(StatChange change) {
        return cells.getOrDefault(changeKey(change), 0L);
    }

    /** The cell-by-cell sum with another. */
    public CountyStatistics plus(CountyStatistics other) {
        Map<String, Long> sum = new TreeMap<>(cells);
        other.cells.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return new CountyStatistics(sum);
    }

    /** Sorted {@code key=value} lines of the non-zero cells, each ended by a line feed. */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(cells).forEach((k, v) -> {
            if (v != 0) {
                text.append(k).append('=').append(v).append('\n');
            }
        });
        return text.toString();
    }

    /** The SHA-256 of the canonical text, in lower-case hex. */
    public String sha256() {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figures of a canonical text. */
    public static CountyStatistics parse(String canonical) {
        Map<String, Long> cells = new TreeMap<>();
        for (String line : canonical.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                cells.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 1)));
            }
        }
        return new CountyStatistics(cells);
    }
}
