package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.SelectionCandidate;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.UUID;
import java.util.stream.Collectors;

/** Chooses whom the case inspects (queding kaocha duixiang): a box per candidate, by name. */
class InspectedForm extends StepForm {

    final CheckboxGroup<UUID> chosen = new CheckboxGroup<>();

    InspectedForm(CaseContext context, CaseCalls calls) {
        super(context, "inspected-form");
        chosen.setItems(context.file().candidates().stream()
                .map(SelectionCandidate::getCadreId)
                .toList());
        chosen.setItemLabelGenerator(context::name);
        chosen.setValue(
                context.inspected().stream().map(SelectionCandidate::getCadreId).collect(Collectors.toSet()));
        field("inspected-choice", "selection.inspected.choice", chosen, "inspected", "recommendation");
        setColspan(chosen, 3);
        action("inspected-save", "selection.inspected.save", () -> calls.chooseForInspection(chosen.getValue()));
    }
}
