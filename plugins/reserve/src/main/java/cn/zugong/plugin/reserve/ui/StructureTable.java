package cn.zugong.plugin.reserve.ui;

import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.structure.Row;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;

/** The structure table of a batch (V-R1, V-R4): actual vs. target per dimension, warnings not blocks. */
class StructureTable extends Grid<Row> {

    StructureTable(List<Row> rows, int underAge) {
        setId("reserve-structure-grid");
        addColumn(r -> r.dimension() == Dimension.UNDER_AGE
                        ? getTranslation(r.dimension().messageKey(), underAge)
                        : getTranslation(r.dimension().messageKey()))
                .setHeader(getTranslation("reserve.structure.dimension"))
                .setFlexGrow(2);
        addColumn(Row::count).setHeader(getTranslation("reserve.structure.count"));
        addColumn(Row::base).setHeader(getTranslation("reserve.structure.base"));
        addColumn(r -> r.percent()
                        .map(p -> String.format(Locale.ROOT, "%.1f %%", p))
                        .orElse(""))
                .setHeader(getTranslation("reserve.structure.share"));
        addColumn(r -> r.target()
                        .map(t -> r.dimension() == Dimension.COUNT
                                ? getTranslation("reserve.structure.perPost", t)
                                : getTranslation("reserve.structure.atLeast", t))
                        .orElse(""))
                .setHeader(getTranslation("reserve.structure.target"));
        addColumn(r -> r.annualTarget().map(String::valueOf).orElse(""))
                .setHeader(getTranslation("reserve.structure.annual"));
        addColumn(r -> getTranslation(
                        r.warns()
                                ? "reserve.structure.warn"
                                : r.met().isPresent() ? "reserve.structure.met" : "reserve.structure.noTarget"))
                .setHeader(getTranslation("reserve.structure.status"));
        setItems(rows);
        setAllRowsVisible(true);
    }
}
