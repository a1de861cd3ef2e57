package cn.zugong.core.cadre.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The cadre list's filter "held a post on date D": the cadres the annual statistics count at D
 * (in post and in office that day, from the registry's history), narrowed to one figure of the
 * statistics by its cell key ({@code basic.ALL.TOTAL}: all of them; {@code basic.COUNTY_DEPUTY.FEMALE};
 * {@code change.RETIRED}: those changed in the year ending on D). Resolved by {@code
 * cn.zugong.core.statistics.FigureCadres}.
 *
 * @param on the date
 * @param figure the figure's cell key
 */
public record HeldFigure(LocalDate on, String figure) {

    /** Every cadre in post on the date. */
    public static final String IN_POST = "basic.ALL.TOTAL";

    public HeldFigure {
        Objects.requireNonNull(on, "on");
        figure = figure == null || figure.isBlank() ? IN_POST : figure.strip();
    }

    /** Whether the figure is a change of the year rather than a count on the date. */
    public boolean change() {
        return figure.startsWith("change.");
    }
}
