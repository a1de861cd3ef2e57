package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.eligibility.Outcome;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.ValidationException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The basic qualifications (DOMAIN 5.1) of each candidate for the case's post, rule by rule, as the
 * province's rule pack in force today finds them: shown at initiation (every candidate) and at the
 * decision (the inspected ones), while the case is at that step ({@code eligibility-<STEP>}).
 */
final class EligibilityPanel extends VerticalLayout {

    record Row(String candidate, String rule, Outcome outcome, String finding) {}

    EligibilityPanel(CaseContext context, CaseCalls calls, SelectionStep step) {
        setId("eligibility-" + step.name());
        setPadding(false);
        add(new Span(getTranslation("selection.eligibility.title")));
        Optional<UnitPosition> position =
                Optional.ofNullable(context.selectionCase().getPositionId()).flatMap(calls::position);
        if (position.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        try {
            for (UUID cadre : candidates(context, step)) {
                for (EligibilityFinding f : calls.eligibility(cadre, position.get())) {
                    rows.add(new Row(
                            context.name(cadre),
                            getTranslation("eligibility.rule." + f.rule().name()),
                            f.outcome(),
                            getTranslation(f.messageKey(), labelled(this, f.args()))));
                }
            }
        } catch (ValidationException noPack) {
            add(new Paragraph(getTranslation(
                    noPack.problems().getFirst().messageKey(),
                    noPack.problems().getFirst().messageArgs())));
            return;
        }
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::candidate)
                .setHeader(getTranslation("selection.gates.candidate"))
                .setAutoWidth(true);
        grid.addColumn(Row::rule)
                .setHeader(getTranslation("selection.eligibility.rule"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> Badge.of(
                        getTranslation("eligibility.outcome." + r.outcome().name()),
                        switch (r.outcome()) {
                            case PASS -> "success";
                            case WARNING -> "contrast";
                            case FAIL -> "error";
                        }))
                .setHeader(getTranslation("selection.eligibility.outcome"))
                .setAutoWidth(true);
        grid.addColumn(Row::finding)
                .setHeader(getTranslation("selection.eligibility.finding"))
                .setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    static boolean shown(CaseContext context, SelectionStep step) {
        return context.selectionCase().getKind() == SelectionKind.APPOINT
                && context.selectionCase().getStep() == step
                && (step == SelectionStep.INITIATION || step == SelectionStep.DECISION);
    }

    private static List<UUID> candidates(CaseContext context, SelectionStep step) {
        return context.file().candidates().stream()
                .filter(k -> step == SelectionStep.INITIATION || k.isInspected())
                .map(SelectionCandidate::getCadreId)
                .toList();
    }

    /** The finding's values, enumerations shown by their labels. */
    private static Object[] labelled(Component owner, List<Object> args) {
        return args.stream()
                .map(a -> {
                    String key = EligibilityFinding.labelKey(a);
                    return key == null ? a : owner.getTranslation(key);
                })
                .toArray();
    }
}
