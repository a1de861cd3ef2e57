package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.domain.CadrePartRules;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.ui.unit.PositionLabels;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A post held: a unit of the county (with one of its positions, which fills title, level and
 * principal) or the name of a unit outside the county, the post, its dates and documents. The
 * single open main post is checked against the cadre's other holdings.
 */
class HoldingForm extends PartForm<PostHolding> {

    final ComboBox<UnitChoices.Unit> unit = field("unitId", "cadre.holding.unitChoice", new ComboBox<>());
    final TextField unitName = field("unitName", "cadre.holding.unit", new TextField());
    final ComboBox<UnitPosition> position = field("positionId", "cadre.holding.position", new ComboBox<>());
    final TextField title = field("title", "cadre.holding.title", new TextField());
    final Select<PostLevel> level = choice("postLevel", "cadre.field.postLevel", Arrays.asList(PostLevel.values()));
    final DatePicker start = field("startDate", "cadre.holding.start", Widgets.datePicker());
    final DatePicker end = field("endDate", "cadre.holding.end", Widgets.datePicker());
    final Select<AppointmentMethod> method =
            choice("method", "cadre.holding.method", Arrays.asList(AppointmentMethod.values()));
    final TextField documentNo = field("documentNo", "cadre.holding.documentNo", new TextField());
    final TextField endDocumentNo = field("endDocumentNo", "cadre.holding.endDocumentNo", new TextField());
    final IntegerField termNumber = field("termNumber", "cadre.holding.term", new IntegerField());
    final Checkbox principal = flag("principal", "cadre.holding.principal");
    final Checkbox mainPost = flag("mainPost", "cadre.holding.mainPost");
    final Checkbox trial = flag("trial", "cadre.holding.trial");
    private final transient UnitChoices choices;
    private final List<PostHolding> others;

    HoldingForm(UnitChoices choices, List<PostHolding> others) {
        super("holding");
        this.choices = choices;
        this.others = List.copyOf(others);
        unit.setItems(
                query -> choices.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setItemLabelGenerator(UnitChoices.Unit::name);
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(change -> unitChosen(change.getValue()));
        position.setItemLabelGenerator(UnitPosition::getTitle);
        position.setClearButtonVisible(true);
        position.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                title.setValue(change.getValue().getTitle());
                level.setValue(change.getValue().getPostLevel());
                principal.setValue(change.getValue().isPrincipal());
            }
        });
        unitName.setHelperText(getTranslation("cadre.holding.unit.help"));
        bind();
    }

    private void bind() {
        binder.forField(unit)
                .bind(
                        h -> h.getUnitId() == null
                                ? null
                                : choices.byId(h.getUnitId()).orElse(null),
                        (h, u) -> h.setUnitId(u == null ? null : u.id()));
        binder.forField(unitName).bind(PostHolding::getUnitName, PostHolding::setUnitName);
        binder.forField(position)
                .bind(
                        h -> h.getPositionId() == null || h.getUnitId() == null
                                ? null
                                : choices.positions(h.getUnitId()).stream()
                                        .filter(p -> p.getId().equals(h.getPositionId()))
                                        .findFirst()
                                        .orElse(null),
                        (h, p) -> h.setPositionId(p == null ? null : p.getId()));
        binder.forField(title).bind(PostHolding::getTitle, PostHolding::setTitle);
        binder.forField(level).bind(PostHolding::getPostLevel, PostHolding::setPostLevel);
        binder.forField(start).bind(PostHolding::getStartDate, PostHolding::setStartDate);
        binder.forField(end).bind(PostHolding::getEndDate, PostHolding::setEndDate);
        binder.forField(method).bind(PostHolding::getMethod, PostHolding::setMethod);
        binder.forField(documentNo).bind(PostHolding::getDocumentNo, PostHolding::setDocumentNo);
        binder.forField(endDocumentNo).bind(PostHolding::getEndDocumentNo, PostHolding::setEndDocumentNo);
        binder.forField(termNumber).bind(PostHolding::getTermNumber, PostHolding::setTermNumber);
        binder.forField(principal).bind(PostHolding::isPrincipal, PostHolding::setPrincipal);
        binder.forField(mainPost).bind(PostHolding::isMainPost, PostHolding::setMainPost);
        binder.forField(trial).bind(PostHolding::isTrial, PostHolding::setTrial);
    }

    /** A unit of the county names the holding; without one, the name of a unit outside the county is typed. */
    private void unitChosen(UnitChoices.Unit chosen) {
        unitName.setReadOnly(chosen != null);
        position.setEnabled(chosen != null);
        if (chosen == null) {
            position.setItems(List.of());
            return;
        }
        unitName.setValue(chosen.name());
        List<UnitPosition> offered = choices.positions(chosen.id());
        Map<UUID, List<String>> holders = choices.holders(chosen.id());
        position.setItemLabelGenerator(p -> PositionLabels.choice(this, offered, holders, p));
        position.setItems(offered);
    }

    @Override
    List<Problem> check(PostHolding part) {
        return CadrePartRules.holding(part, others);
    }
}
