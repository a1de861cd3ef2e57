package cn.zugong.plugin.training.ui;

import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.PeriodStanding;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * Where one cadre stands (DOMAIN 1.3 {@code TrainingRequirement}): the tier, then one line for the
 * year and one for the window, with what is required, achieved and lacking; or why no requirement
 * applies.
 */
class StandingSummary extends VerticalLayout {

    StandingSummary(Texts texts, Assessment assessment) {
        setId("training-cadre-standing");
        setPadding(false);
        switch (assessment) {
            case Assessment.NotApplicable none -> {
                Paragraph reason = new Paragraph(
                        texts.of(none.reasonKey(), none.reasonArgs().toArray()));
                reason.setId("training-cadre-not-applicable");
                add(reason);
            }
            case Assessment.Applicable applicable -> {
                Paragraph tier = new Paragraph(texts.of(
                        "training.cadre.tier",
                        texts.of(applicable.tier().messageKey()),
                        texts.of(
                                applicable.tierStanding().trainingMet()
                                        ? "training.cadre.tierMet"
                                        : "training.cadre.tierShort")));
                tier.setId("training-cadre-tier");
                add(tier, grid(texts, applicable));
            }
        }
    }

    private static Grid<PeriodStanding> grid(Texts texts, Assessment.Applicable applicable) {
        Grid<PeriodStanding> grid = new Grid<>();
        grid.setId("training-cadre-periods");
        grid.addColumn(p -> Texts.date(p.period().from()) + " ~ "
                        + Texts.date(p.period().to()))
                .setHeader(texts.of("training.standing.period"))
                .setFlexGrow(2);
        StandingColumns.add(grid, texts, p -> p);
        grid.setItems(List.of(applicable.year(), applicable.window()));
        StandingColumns.readable(grid);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
