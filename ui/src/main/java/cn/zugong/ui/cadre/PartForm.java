package cn.zugong.ui.cadre;

import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one part of a cadre file in its dialog: fields bound to the part, the core rules
 * checked before the save callback runs, and {@link #showProblems} marking each field with its
 * translated reason (problems the service finds use the same field names).
 */
abstract class PartForm<T> extends FormLayout {

    protected final Binder<T> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final String idPrefix;
    private T part;
    private SerializableConsumer<T> onSave = ignored -> {};

    PartForm(String idPrefix) {
        this.idPrefix = idPrefix;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    /** The rules of the part (the same the service applies). */
    abstract List<Problem> check(T part);

    void edit(T part) {
        this.part = part;
        binder.readBean(part);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    void onSave(SerializableConsumer<T> callback) {
        this.onSave = callback;
    }

    /** Writes the fields into the part and checks it; when valid, hands it to the save callback. */
    boolean save() {
        if (part == null || !binder.writeBeanIfValid(part)) {
            return false;
        }
        List<Problem> problems = check(part);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        onSave.accept(part);
        return true;
    }

    void showProblems(List<Problem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        for (Problem problem : problems) {
            HasValidation field = fields.getOrDefault(
                    problem.field(), fields.values().iterator().next());
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.messageArgs()));
            field.setInvalid(true);
        }
    }

    /** Adds a field under a stable id ({@code <part>-<name>}) with its translated label; problems on {@code name} mark it. */
    protected <C extends Component & HasLabel & HasValidation> C field(String name, String labelKey, C input) {
        input.setId(idPrefix + "-" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
        input.setLabel(getTranslation(labelKey));
        fields.put(name, input);
        add(input);
        return input;
    }

    protected Checkbox flag(String name, String labelKey) {
        Checkbox box = new Checkbox(getTranslation(labelKey));
        box.setId(idPrefix + "-" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
        fields.put(name, box);
        add(box);
        return box;
    }

    protected <E extends Enum<E>> Select<E> choice(String name, String labelKey, List<E> values) {
        Select<E> select = new Select<>();
        select.setItems(values);
        select.setItemLabelGenerator(value -> Labels.of(this, value));
        return field(name, labelKey, select);
    }
}
