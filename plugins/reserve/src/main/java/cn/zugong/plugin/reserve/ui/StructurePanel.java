package cn.zugong.plugin.reserve.ui;

import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.rules.Share;
import cn.zugong.plugin.reserve.structure.Row;
import cn.zugong.plugin.reserve.structure.ShareChart;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;

/**
 * The structure analysis of a batch (item 4): the chart, the table it draws, and under the table
 * the members behind the figure of the row selected (drill-down). Warnings, never blocks.
 */
class StructurePanel extends VerticalLayout {

    private final Paragraph members = new Paragraph();
    private final Paragraph units = new Paragraph();

    StructurePanel(List<Row> rows, int underAge) {
        setId("reserve-structure");
        setPadding(false);
        StructureTable table = new StructureTable(rows, underAge);
        Svg chart = new Svg(ShareChart.svg(
                getTranslation("reserve.structure.chart"),
                rows.stream()
                        .map(r -> new ShareChart.Bar(label(r, underAge), r.percent(), target(r), r.warns()))
                        .toList()));
        chart.setId("reserve-structure-chart");
        members.setId("reserve-structure-members");
        members.setText(getTranslation("reserve.structure.drill"));
        units.setId("reserve-structure-units");
        table.asSingleSelect().addValueChangeListener(e -> show(e.getValue(), underAge));
        add(chart, table, members, units);
    }

    /** The drill-down of the selected row: its members by name, then how many each unit has (V-R4). */
    private void show(Row row, int underAge) {
        if (row == null) {
            members.setText(getTranslation("reserve.structure.drill"));
            units.setText("");
            return;
        }
        members.setText(getTranslation(
                "reserve.structure.members",
                label(row, underAge),
                row.members().size(),
                row.members().isEmpty()
                        ? getTranslation("reserve.structure.none")
                        : String.join(getTranslation("reserve.structure.separator"), row.members())));
        units.setText(
                row.byUnit().isEmpty()
                        ? ""
                        : getTranslation(
                                "reserve.structure.byUnit",
                                String.join(
                                        getTranslation("reserve.structure.separator"),
                                        row.byUnit().entrySet().stream()
                                                .map(u -> getTranslation(
                                                        "reserve.structure.unitCount",
                                                        u.getKey().isEmpty()
                                                                ? getTranslation("reserve.structure.noUnit")
                                                                : u.getKey(),
                                                        u.getValue()))
                                                .toList())));
    }

    private String label(Row row, int underAge) {
        return row.dimension() == Dimension.UNDER_AGE
                ? getTranslation(row.dimension().messageKey(), underAge)
                : getTranslation(row.dimension().messageKey());
    }

    private static Optional<Double> target(Row row) {
        if (row.target().isEmpty()) {
            return Optional.empty();
        }
        String text = row.target().get();
        return Optional.of(
                row.dimension() == Dimension.COUNT
                        ? Double.parseDouble(text) * 100
                        : Share.parse(text).percent());
    }
}
