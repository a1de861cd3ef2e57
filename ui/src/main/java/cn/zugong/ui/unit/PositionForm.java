package cn.zugong.ui.unit;

import cn.zugong.core.post.PositionValidator;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates and edits a leadership position of a unit: title, principal or deputy, level, key post
 * and selection method. Choosing principal or deputy proposes the level the unit's rank gives;
 * the rules of {@link PositionValidator} are checked before a {@link SaveEvent} is raised.
 */
public class PositionForm extends FormLayout {

    final TextField title = new TextField();
    final RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>();
    final Select<PostLevel> level = new Select<>();
    final Checkbox keyPost = new Checkbox();
    final Select<AppointmentMethod> selection = new Select<>();

    private final Binder<UnitPosition> binder = new Binder<>();
    private final PostLevel unitRank;
    private UnitPosition position;

    public PositionForm(PostLevel unitRank) {
        this.unitRank = unitRank;
        title.setId("position-title");
        title.setLabel(getTranslation("position.field.title"));
        title.setMaxLength(PositionValidator.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        kind.setId("position-kind");
        kind.setLabel(getTranslation("position.field.kind"));
        kind.setItems(true, false);
        kind.setItemLabelGenerator(p -> getTranslation(p ? "position.kind.principal" : "position.kind.deputy"));
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null && unitRank != null) {
                level.setValue(PositionValidator.levelOf(unitRank, change.getValue()));
            }
        });
        level.setId("position-level");
        level.setLabel(getTranslation("position.field.level"));
        level.setItems(PostLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "" : getTranslation("cadre.post-level." + l.name()));
        keyPost.setId("position-key-post");
        keyPost.setLabel(getTranslation("position.field.keyPost"));
        selection.setId("position-selection");
        selection.setLabel(getTranslation("position.field.selection"));
        selection.setItems(AppointmentMethod.values());
        selection.setItemLabelGenerator(m -> m == null ? "" : getTranslation("cadre.appointment-method." + m.name()));
        bind();
        add(title, kind, level, selection, keyPost);
    }

    private void bind() {
        binder.forField(title)
                .asRequired(getTranslation("position.error.title.required"))
                .withValidator(
                        v -> v.strip().length() <= PositionValidator.MAX_TITLE,
                        getTranslation("position.error.title.length"))
                .bind(UnitPosition::getTitle, UnitPosition::setTitle);
        binder.forField(kind).bind(UnitPosition::isPrincipal, UnitPosition::setPrincipal);
        binder.forField(level)
                .asRequired(getTranslation("position.error.level.required"))
                .bind(UnitPosition::getPostLevel, UnitPosition::setPostLevel);
        binder.forField(keyPost).bind(UnitPosition::isKeyPost, UnitPosition::setKeyPost);
        binder.forField(selection)
                .asRequired(getTranslation("position.error.selection.required"))
                .bind(UnitPosition::getSelection, UnitPosition::setSelection);
    }

    public void edit(UnitPosition position, boolean readOnly) {
        this.position = Objects.requireNonNull(position);
        binder.readBean(position);
        binder.setReadOnly(readOnly);
        if (position.getPostLevel() == null && unitRank != null) {
            level.setValue(PositionValidator.levelOf(unitRank, position.isPrincipal()));
        }
    }

    /** Validates the input and the rank rules; when valid, writes the position and raises a {@link SaveEvent}. */
    public boolean save() {
        if (position == null || !binder.writeBeanIfValid(position)) {
            return false;
        }
        List<Problem> problems = PositionValidator.validate(position, unitRank);
        if (!problems.isEmpty()) {
            showProblems(problems);
            return false;
        }
        fireEvent(new SaveEvent(this, position));
        return true;
    }

    /** Shows problems found here or by the service on their fields. */
    public void showProblems(List<Problem> problems) {
        Map<String, HasValidation> fields =
                Map.of("title", title, "postLevel", level, "selection", selection, "keyPost", level);
        for (Problem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), title);
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.messageArgs()));
            field.setInvalid(true);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asked to save a valid position. */
    public static class SaveEvent extends ComponentEvent<PositionForm> {

        private final UnitPosition position;

        SaveEvent(PositionForm source, UnitPosition position) {
            super(source, false);
            this.position = position;
        }

        public UnitPosition position() {
            return position;
        }
    }
}
