package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.ui.cadre.CadreFileView;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The candidates of an appointment case: recommendation tallies, who is inspected, the mandatory
 * checks done, the one the committee adopted. Writers add candidates until the inspected ones are
 * chosen.
 */
class CandidatesPanel extends VerticalLayout {

    CandidatesPanel(CaseContext context, CaseCalls calls) {
        setId("case-candidates-panel");
        setPadding(false);
        add(new H3(getTranslation("selection.candidates.title")), grid(context));
        if (context.writable()
                && context.selectionCase().getKind() == SelectionKind.APPOINT
                && context.selectionCase().getStep().compareTo(SelectionStep.CANDIDATES) <= 0) {
            add(new CandidateForm(context, calls));
        }
    }

    private Grid<SelectionCandidate> grid(CaseContext context) {
        Grid<SelectionCandidate> grid = new Grid<>();
        grid.setId("case-candidates");
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(k -> {
                    RouterLink link = new RouterLink(
                            context.name(k.getCadreId()),
                            CadreFileView.class,
                            new RouteParameters("cadreId", k.getCadreId().toString()));
                    link.addClassName("candidate-name");
                    return link;
                }))
                .setHeader(getTranslation("selection.candidate.name"))
                .setFlexGrow(2);
        grid.addColumn(k -> SelectionLabels.yesNo(this, k.isIntended()))
                .setHeader(getTranslation("selection.candidate.intended"));
        grid.addColumn(k -> Objects.toString(k.getInterviewVotes(), ""))
                .setHeader(getTranslation("selection.tally.interview"));
        grid.addColumn(k -> Objects.toString(k.getMeetingVotes(), ""))
                .setHeader(getTranslation("selection.tally.meeting"));
        grid.addColumn(k -> SelectionLabels.yesNo(this, k.isInspected()))
                .setHeader(getTranslation("selection.candidate.inspected"));
        grid.addColumn(k -> k.isInspected() ? getTranslation("selection.checks.done", checksDone(k), 5) : "")
                .setHeader(getTranslation("selection.checks.title"));
        grid.addColumn(k -> k.isExceptional() ? getTranslation("selection.exceptional.short") : "")
                .setHeader(getTranslation("selection.exceptional.title"));
        grid.addColumn(new ComponentRenderer<>(
                        k -> k.getCadreId().equals(context.selectionCase().getChosenCadreId())
                                ? Badge.of(getTranslation("selection.candidate.chosen"), "success")
                                : new Span()))
                .setHeader(getTranslation("selection.candidate.decision"));
        grid.setItems(context.file().candidates());
        return grid;
    }

    static long checksDone(SelectionCandidate k) {
        return Stream.of(
                        k.getFileReviewedOn(),
                        k.getMattersCheckedOn(),
                        k.getDisciplineOpinionOn(),
                        k.getPetitionsCheckedOn(),
                        k.getIntegritySignedOn())
                .filter(Objects::nonNull)
                .count();
    }

    /** Adds a candidate (candidate-cadre, candidate-intended, candidate-add). */
    static class CandidateForm extends StepForm {

        final ComboBox<CadreSearch.Option> cadre;
        final Checkbox intended;

        CandidateForm(CaseContext context, CaseCalls calls) {
            this(context, calls, calls.cadreSearch());
        }

        CandidateForm(CaseContext context, CaseCalls calls, CadreSearch search) {
            super(context, "candidate-form");
            cadre = field("candidate-cadre", "selection.candidate.cadre", CadrePicker.single(search), "candidate");
            intended = flag("candidate-intended", "selection.candidate.intended");
            action(
                    "candidate-add",
                    "selection.candidate.add",
                    () -> calls.addCandidate(
                            cadre.getValue() == null ? null : cadre.getValue().id(), intended.getValue()));
        }
    }
}
