package cn.zugong.ui.selection;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;

/** Fields for head counts, which the forms need filled in before they ask the service. */
final class Counts {

    private Counts() {}

    static IntegerField field() {
        IntegerField field = new IntegerField();
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** The count, or a refusal on {@code problemField} when the field is empty. */
    static int required(IntegerField field, String problemField) {
        if (field.getValue() == null) {
            throw new ValidationException(List.of(new Problem(problemField, "selection.count.required")));
        }
        return field.getValue();
    }
}
