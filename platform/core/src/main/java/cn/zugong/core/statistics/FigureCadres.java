package cn.zugong.core.statistics;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The cadres behind a figure of the annual statistics, for the cadre list's filter "held a post on
 * date D" ({@code cn.zugong.core.cadre.domain.HeldFigure}). A figure is named by its cell key, as
 * {@link CountyStatistics} stores it: {@code basic.<row>.<column>} with {@code ALL} for every row,
 * or {@code change.<change>}. The cadres are found by the statistics' own statements
 * ({@link StatisticsQueries}), so the list of a figure has as many cadres as the figure counts.
 */
public final class FigureCadres {

    /** The row key of a column over every row. */
    public static final String ALL_ROWS = "ALL";

    private FigureCadres() {}

    /** The key of a basic table cell; {@code row} null: the column over every row. */
    public static String basic(StatRow row, StatColumn column) {
        return "basic." + (row == null ? ALL_ROWS : row.name()) + "." + column.name();
    }

    /** The key of a change of the year. */
    public static String change(StatChange change) {
        return CountyStatistics.changeKey(change);
    }

    /** The figure a key names, empty when it names none. */
    public static Optional<Figure> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String[] parts = key.strip().split("\\.");
        try {
            if (parts.length == 3 && parts[0].equals("basic")) {
                StatRow row = parts[1].equals(ALL_ROWS) ? null : StatRow.valueOf(parts[1]);
                return Optional.of(new Figure(row, StatColumn.valueOf(parts[2]), null));
            }
            if (parts.length == 2 && parts[0].equals("change")) {
                return Optional.of(new Figure(null, null, StatChange.valueOf(parts[1])));
            }
        } catch (IllegalArgumentException notAName) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The cadres of the given counties behind the figure at the date (for a change: changed in
     * the year ending on that date).
     *
     * @throws IllegalArgumentException for a key that names no figure
     */
    public static List<UUID> ids(EntityManager em, List<String> counties, LocalDate at, String key) {
        Figure figure = parse(key).orElseThrow(() -> new IllegalArgumentException("no figure: " + key));
        if (counties.isEmpty()) {
            return List.of();
        }
        return figure.change() != null
                ? StatisticsQueries.changeCadres(em, counties, at, figure.change())
                : StatisticsQueries.basicCadres(em, counties, at, figure.row(), figure.column());
    }

    /**
     * A figure: a basic table cell ({@code row} null for every row) or a change of the year.
     *
     * @param row the row of a basic cell, null for every row or for a change
     * @param column the column of a basic cell, null for a change
     * @param change the change, null for a basic cell
     */
    public record Figure(StatRow row, StatColumn column, StatChange change) {

        /** Its cell key. */
        public String key() {
            return change != null ? FigureCadres.change(change) : FigureCadres.basic(row, column);
        }
    }
}
