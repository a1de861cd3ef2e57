package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.statistics.FigureCadres;
import cn.zugong.core.statistics.StatColumn;
import com.vaadin.flow.component.Component;

/**
 * The text of the list's filter "held a post on date D" ({@link HeldFigure}) in the user's
 * language: the date, and the statistics figure it narrows to in the statistics' own labels.
 */
public final class HeldFigureLabel {

    private HeldFigureLabel() {}

    public static String of(Component in, HeldFigure held) {
        String date = held.on().toString();
        return FigureCadres.parse(held.figure())
                .map(figure -> {
                    if (figure.change() != null) {
                        return in.getTranslation(
                                "cadre.filter.held.changed",
                                date,
                                in.getTranslation("statistics.change." + figure.change()));
                    }
                    String text = in.getTranslation("cadre.filter.held", date);
                    String row = figure.row() == null ? null : in.getTranslation("statistics.row." + figure.row());
                    String column = figure.column() == StatColumn.TOTAL
                            ? null
                            : in.getTranslation("statistics.column." + figure.column());
                    if (row == null && column == null) {
                        return text;
                    }
                    String named = row == null ? column : column == null ? row : row + " · " + column;
                    return text + " · " + in.getTranslation("cadre.filter.held.figure", named);
                })
                .orElseGet(() -> in.getTranslation("cadre.filter.held", date));
    }
}
