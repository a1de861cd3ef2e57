package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionObjection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A section per step of the case's path ({@code step-<STEP>}): what it recorded, the step's form
 * for writers while the case is at it, and its gate results. The current step's section is open.
 */
final class StepSections {

    private StepSections() {}

    /** Where a step stands in the case: done, current or still to come. */
    enum State {
        DONE,
        CURRENT,
        AHEAD
    }

    static State state(SelectionCase c, SelectionStep step) {
        if (c.getStatus() == CaseStatus.DONE && step.compareTo(c.getStep()) <= 0) {
            return State.DONE;
        }
        int order = step.compareTo(c.getStep());
        return order < 0 ? State.DONE : order == 0 ? State.CURRENT : State.AHEAD;
    }

    static Details section(CaseContext context, CaseCalls calls, SelectionStep step, Map<String, String> nameKeys) {
        State state = state(context.selectionCase(), step);
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Span title = new Span(SelectionLabels.step(content, step));
        HorizontalLayout summary = new HorizontalLayout(title, badge(content, state));
        content.add(StepRecords.of(content, context, step));
        forms(context, calls, step).forEach(content::add);
        if (EligibilityPanel.shown(context, step)) {
            content.add(new EligibilityPanel(context, calls, step));
        }
        content.add(new GatesPanel(context, calls, step, nameKeys));
        Details details = new Details(summary, content);
        details.setId("step-" + step.name());
        details.setOpened(state == State.CURRENT);
        details.setWidthFull();
        return details;
    }

    private static Span badge(Component owner, State state) {
        String text = owner.getTranslation("selection.stepState." + state.name());
        return Badge.of(
                text,
                switch (state) {
                    case DONE -> "success";
                    case CURRENT -> "primary";
                    case AHEAD -> "contrast";
                });
    }

    private static List<Component> forms(CaseContext context, CaseCalls calls, SelectionStep step) {
        SelectionCase c = context.selectionCase();
        if (step == SelectionStep.INSPECTION && c.getKind() == SelectionKind.APPOINT) {
            List<Component> forms = new ArrayList<>();
            if (context.recordsAt(step)) {
                forms.add(new NoticeForm(context, calls));
                forms.add(new DualForm(context, calls));
            }
            context.inspected().forEach(k -> forms.add(new ChecksForm(context, calls, k)));
            return forms;
        }
        if (!context.recordsAt(step)) {
            return List.of();
        }
        return switch (step) {
            case INITIATION, INSPECTION -> List.of();
            case RECOMMENDATION -> List.of(new RecommendationForm(context, calls));
            case CANDIDATES -> List.of(new InspectedForm(context, calls));
            case DECISION ->
                c.getKind() == SelectionKind.RETIRE
                        ? List.of(new MeetingForm(context, calls))
                        : List.of(new DualForm(context, calls), new MeetingForm(context, calls));
            case PUBLICITY -> publicity(context, calls);
            case APPOINTMENT -> List.of(new AppointmentForm(context, calls));
            case PROBATION -> List.of(new ProbationForm(context, calls));
        };
    }

    private static List<Component> publicity(CaseContext context, CaseCalls calls) {
        SelectionCase c = context.selectionCase();
        if (c.publicity().getPublicityFrom() == null && c.publicity().getPublicitySkipped() == null) {
            return List.of(new PublicityForm(context, calls));
        }
        List<Component> forms = new ArrayList<>();
        if (c.publicity().getPublicityFrom() != null) {
            forms.add(new ObjectionForms.Add(context, calls));
        }
        List<SelectionObjection> objections = context.file().objections();
        for (int i = 0; i < objections.size(); i++) {
            if (objections.get(i).getAffects() == null) {
                forms.add(new ObjectionForms.Resolve(context, calls, objections.get(i), i));
            }
        }
        return forms;
    }
}
