package cn.zugong.plugin.training.ui;

import cn.zugong.plugin.training.requirement.PeriodStanding;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Function;

/** The columns of a standing, the same on the cadre's page and in the shortfall lists. */
final class StandingColumns {

    private StandingColumns() {}

    static <T> void add(Grid<T> grid, Texts texts, Function<T, PeriodStanding> standing) {
        grid.addColumn(t -> Texts.number(standing.apply(t).requiredHours()))
                .setHeader(texts.of("training.standing.requiredHours"));
        grid.addColumn(t -> Texts.number(standing.apply(t).achievedHours()))
                .setHeader(texts.of("training.standing.achievedHours"));
        grid.addColumn(t -> Texts.number(standing.apply(t).hoursGap()))
                .setHeader(texts.of("training.standing.hoursGap"));
        grid.addColumn(t -> standing.apply(t).requiredDays()).setHeader(texts.of("training.standing.requiredDays"));
        grid.addColumn(t -> standing.apply(t).achievedDays()).setHeader(texts.of("training.standing.achievedDays"));
        grid.addColumn(t -> Texts.number(standing.apply(t).requiredOnlineHours()))
                .setHeader(texts.of("training.standing.requiredOnline"));
        grid.addColumn(t -> Texts.number(standing.apply(t).onlineHours()))
                .setHeader(texts.of("training.standing.onlineHours"));
        grid.addColumn(t -> texts.of(standing.apply(t).met() ? "training.standing.met" : "training.standing.short"))
                .setHeader(texts.of("training.standing.state"));
    }

    /**
     * Makes a grid of many short figures readable: every column as wide as its header and values
     * (the long Chinese headers were cut to "应完成…"), and what still does not fit wraps.
     */
    static <T> Grid<T> readable(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        return grid;
    }
}
