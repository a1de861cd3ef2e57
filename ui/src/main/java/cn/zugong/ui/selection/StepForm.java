package cn.zugong.ui.selection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The form of a step: fields with stable ids, each answering for the problem fields the service
 * names, and action buttons that call the service, mark refusals on the fields and show the case
 * again after a change.
 */
abstract class StepForm extends FormLayout {

    protected final CaseContext context;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    StepForm(CaseContext context, String id) {
        this.context = context;
        setId(id);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3));
    }

    /**
     * Adds a field with its id and label; refusals of the service on any of {@code problemFields}
     * are shown on it.
     */
    protected <C extends Component & HasLabel & HasValidation> C field(
            String id, String labelKey, C input, String... problemFields) {
        input.setId(id);
        input.setLabel(getTranslation(labelKey));
        answersFor(input, problemFields);
        add(input);
        return input;
    }

    protected Checkbox flag(String id, String labelKey, String... problemFields) {
        Checkbox box = new Checkbox(getTranslation(labelKey));
        box.setId(id);
        answersFor(box, problemFields);
        add(box);
        return box;
    }

    protected void answersFor(HasValidation input, String... problemFields) {
        for (String name : problemFields) {
            fields.putIfAbsent(name, input);
        }
    }

    /** A button that runs the call; after success the case is shown again. */
    protected Button action(String id, String labelKey, Runnable call) {
        Button button = new Button(getTranslation(labelKey), click -> run(call));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
        return button;
    }

    /**
     * A button that runs the call and says what it recorded: {@code done} (asked after the call)
     * as a success when {@code success} holds, otherwise as a notice of what is still missing.
     */
    protected Button action(
            String id, String labelKey, Runnable call, Supplier<String> done, Supplier<Boolean> success) {
        Button button = new Button(getTranslation(labelKey), click -> run(call, done, success));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(button);
        return button;
    }

    /** Runs a service call of the form; true when it went through (the case is then shown again). */
    boolean run(Runnable call) {
        return run(call, () -> getTranslation("selection.saved"));
    }

    /** The same, telling the user {@code done} (asked after the call) instead of "saved". */
    boolean run(Runnable call, Supplier<String> done) {
        return run(call, done, () -> true);
    }

    /**
     * The same, the message shown as a success when {@code success} (asked after the call) holds,
     * otherwise as a notice that the call went through without the hoped-for result.
     */
    boolean run(Runnable call, Supplier<String> done, Supplier<Boolean> success) {
        if (!CaseActions.run(this, call, fields)) {
            return false;
        }
        if (success.get()) {
            CaseActions.done(done.get());
        } else {
            CaseActions.notice(done.get());
        }
        context.changed().run();
        return true;
    }
}
