package cn.zugong.ui.unit;

import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import cn.zugong.core.unit.UnitValidator;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates and edits a unit: name, type, parent, rank (jigou guige: the level of its principal
 * posts) and approved leadership posts (zhishu). Checks the
 * fields itself and shows the service's verdict on the fields it names; raises a {@link SaveEvent}
 * with the unit when the input is valid.
 */
public class UnitForm extends FormLayout {

    final TextField name = new TextField();
    final ComboBox<UnitType> type = new ComboBox<>();
    final ComboBox<ParentOption> parent = new ComboBox<>();
    final Select<PostLevel> rank = new Select<>();
    final IntegerField principalPosts = new IntegerField();
    final IntegerField deputyPosts = new IntegerField();

    private final Binder<OrgUnit> binder = new Binder<>();
    private final ParentLookup parents;
    private OrgUnit unit;

    public UnitForm(ParentLookup parents) {
        this.parents = parents;
        name.setId("unit-name");
        name.setLabel(getTranslation("unit.field.name"));
        name.setMaxLength(UnitValidator.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        type.setId("unit-type");
        type.setLabel(getTranslation("unit.field.type"));
        type.setItems(Arrays.asList(UnitType.values()));
        type.setItemLabelGenerator(t -> getTranslation("unit.type." + t.name()));
        type.setRequiredIndicatorVisible(true);
        parent.setId("unit-parent");
        parent.setLabel(getTranslation("unit.field.parent"));
        parent.setItemLabelGenerator(ParentOption::name);
        parent.setItems(
                query -> parents.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        parent.setClearButtonVisible(true);
        configureRank();
        configurePosts(principalPosts, "unit-principal-posts", "unit.field.principalPosts");
        configurePosts(deputyPosts, "unit-deputy-posts", "unit.field.deputyPosts");
        bind();
        add(name, type, parent, rank, principalPosts, deputyPosts);
    }

    /** The unit's rank (jigou guige); choosing a type proposes the usual rank of that type when none is set. */
    private void configureRank() {
        rank.setId("unit-rank");
        rank.setLabel(getTranslation("unit.field.rank"));
        rank.setItems(PostLevel.values());
        rank.setItemLabelGenerator(level -> level == null ? "" : getTranslation("cadre.post-level." + level.name()));
        type.addValueChangeListener(change -> {
            if (change.getValue() != null && rank.isEmpty() && !rank.isReadOnly()) {
                rank.setValue(change.getValue().countyRank());
            }
        });
    }

    private void configurePosts(IntegerField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        // No min/max on the field: its own check would show an untranslated, empty message; the binder's validator
        // explains.
        field.setStepButtonsVisible(true);
    }

    private void bind() {
        binder.forField(name)
                .asRequired(getTranslation("unit.error.name.required"))
                .withValidator(
                        v -> v.strip().length() <= UnitValidator.MAX_NAME, getTranslation("unit.error.name.length"))
                .bind(OrgUnit::getName, OrgUnit::setName);
        binder.forField(type)
                .asRequired(getTranslation("unit.error.type.required"))
                .bind(OrgUnit::getType, OrgUnit::setType);
        binder.forField(parent)
                .withValidator(
                        p -> p == null || unit == null || !p.id().equals(unit.getId()),
                        getTranslation("unit.error.parent.cycle"))
                .bind(
                        u -> u.getParentId() == null
                                ? null
                                : parents.byId(u.getParentId()).orElse(null),
                        (u, p) -> u.setParentId(p == null ? null : p.id()));
        binder.forField(rank).bind(OrgUnit::getRank, OrgUnit::setRank);
        bindPosts(principalPosts, OrgUnit::getPrincipalPosts, OrgUnit::setPrincipalPosts);
        bindPosts(deputyPosts, OrgUnit::getDeputyPosts, OrgUnit::setDeputyPosts);
    }

    private void bindPosts(
            IntegerField field, ValueProvider<OrgUnit, Integer> getter, Setter<OrgUnit, Integer> setter) {
        binder.forField(field)
                // An empty field means no posts.
                .withConverter(v -> v == null ? 0 : v, v -> v)
                .withValidator(v -> v >= 0 && v <= UnitValidator.MAX_POSTS, getTranslation("unit.error.posts.range"))
                .bind(getter, setter);
    }

    public void edit(OrgUnit unit, boolean readOnly) {
        this.unit = Objects.requireNonNull(unit);
        binder.readBean(unit);
        binder.setReadOnly(readOnly);
    }

    /** Validates the input; when valid, writes it to the unit and raises a {@link SaveEvent}. */
    public boolean save() {
        if (unit == null || !binder.writeBeanIfValid(unit)) {
            return false;
        }
        fireEvent(new SaveEvent(this, unit));
        return true;
    }

    /** Shows problems that the service found (such as a name already taken) on their fields. */
    public void showProblems(List<Problem> problems) {
        Map<String, HasValidation> fields = Map.of(
                "name",
                name,
                "type",
                type,
                "parent",
                parent,
                "rank",
                rank,
                "principalPosts",
                principalPosts,
                "deputyPosts",
                deputyPosts);
        for (Problem problem : problems) {
            HasValidation field = fields.getOrDefault(problem.field(), name);
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.messageArgs()));
            field.setInvalid(true);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user asked to save a valid unit. */
    public static class SaveEvent extends ComponentEvent<UnitForm> {

        private final OrgUnit unit;

        SaveEvent(UnitForm source, OrgUnit unit) {
            super(source, false);
            this.unit = unit;
        }

        public OrgUnit unit() {
            return unit;
        }
    }
}
