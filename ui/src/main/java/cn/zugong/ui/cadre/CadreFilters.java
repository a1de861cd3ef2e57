package cn.zugong.ui.cadre;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitService;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The filter fields of the cadre list; every change hands the new filter to the listener. A
 * supervisor also picks one county of the scope. A link from a statistics figure adds the filter
 * "held a post on date D" ({@link HeldFigure}), shown as a removable chip above the fields.
 */
class CadreFilters extends FormLayout {

    private final List<Runnable> clearers = new ArrayList<>();
    private final Select<String> county = new Select<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final Select<PostLevel> level = select(PostLevel.values(), "cadre.field.postLevel", "filter-level");
    private final Select<CivilRank> rank = select(CivilRank.values(), "cadre.field.civilRank", "filter-rank");
    private final IntegerField minAge = ageField("cadre.filter.minAge", "filter-min-age");
    private final IntegerField maxAge = ageField("cadre.filter.maxAge", "filter-max-age");
    private final Select<Gender> gender = select(Gender.values(), "cadre.field.gender", "filter-gender");
    private final TextField ethnicity = new TextField();
    private final Select<PoliticalStatus> party =
            select(PoliticalStatus.values(), "cadre.field.politicalStatus", "filter-party");
    private final Select<EducationLevel> education =
            select(EducationLevel.values(), "cadre.filter.minEducation", "filter-education");
    private final Select<CadreStatus> status = select(CadreStatus.values(), "cadre.field.status", "filter-status");
    private final Select<ManagementAuthority> authority =
            select(ManagementAuthority.values(), "cadre.field.managementAuthority", "filter-authority");
    private final Span heldLabel = new Span();
    private final HorizontalLayout heldChip;
    private final Consumer<CadreFilter> listener;
    private HeldFigure held;

    CadreFilters(UnitService units, TenantDirectory tenants, Consumer<CadreFilter> listener) {
        this.listener = listener;
        heldLabel.setId("filter-held");
        Button removeHeld = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> showHeld(null, true));
        removeHeld.setId("filter-held-clear");
        removeHeld.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        removeHeld.setAriaLabel(getTranslation("cadre.filter.held.clear"));
        removeHeld.setTooltipText(getTranslation("cadre.filter.held.clear"));
        heldChip = new HorizontalLayout(heldLabel, removeHeld);
        heldChip.setId("filter-held-chip");
        heldChip.setSpacing(false);
        heldChip.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heldChip.getStyle()
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-10pct)")
                .set("padding", "0 var(--lumo-space-s)");
        heldChip.setVisible(false);
        clearers.add(() -> {
            if (held != null) {
                showHeld(null, true);
            }
        });
        county.setId("filter-county");
        county.setLabel(getTranslation("cadre.field.tenant"));
        county.setItems(
                TenancyHolder.current().readableCodes().stream().sorted().toList());
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("cadre.filter.any"));
        county.setItemLabelGenerator(code -> code == null
                ? getTranslation("cadre.filter.any")
                : tenants.find(new TenantId(code)).map(t -> t.name(getLocale())).orElse(code));
        county.setVisible(TenancyHolder.current().readable().size() > 1);
        clearers.add(county::clear);
        unit.setId("filter-unit");
        unit.setLabel(getTranslation("cadre.field.unit"));
        unit.setItemLabelGenerator(OrgUnit::getName);
        unit.setItems(query ->
                units.parentCandidates(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        unit.setClearButtonVisible(true);
        ethnicity.setId("filter-ethnicity");
        ethnicity.setLabel(getTranslation("cadre.field.ethnicity"));
        ethnicity.setClearButtonVisible(true);
        ethnicity.setValueChangeMode(ValueChangeMode.LAZY);
        clearers.add(unit::clear);
        clearers.add(ethnicity::clear);
        Button clear = new Button(getTranslation("cadre.filter.clear"), click -> clearers.forEach(Runnable::run));
        clear.setId("filter-clear");
        add(heldChip);
        setColspan(heldChip, 6);
        add(county, unit, level, rank, minAge, maxAge, gender, ethnicity, party, education, status, authority, clear);
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("600px", 4), new ResponsiveStep("1100px", 6));
        List<HasValue<?, ?>> fields = List.of(
                county, unit, level, rank, minAge, maxAge, gender, ethnicity, party, education, status, authority);
        fields.forEach(field -> field.addValueChangeListener(change -> listener.accept(filter(""))));
    }

    /** The filter these fields describe, with the given search text. */
    CadreFilter filter(String search) {
        return new CadreFilter(
                search,
                unit.getOptionalValue().map(OrgUnit::getId).orElse(null),
                level.getValue(),
                rank.getValue(),
                minAge.getValue(),
                maxAge.getValue() == null || minAge.getValue() == null || maxAge.getValue() >= minAge.getValue()
                        ? maxAge.getValue()
                        : minAge.getValue(),
                gender.getValue(),
                ethnicity.getValue(),
                party.getValue(),
                education.getValue(),
                status.getValue(),
                authority.getValue(),
                null,
                county.getValue(),
                held);
    }

    /** Shows (or, null, removes) the filter "held a post on date D"; a removal by the user refreshes the list. */
    private void showHeld(HeldFigure figure, boolean refresh) {
        held = figure;
        heldChip.setVisible(figure != null);
        heldLabel.setText(figure == null ? "" : HeldFigureLabel.of(this, figure));
        if (refresh) {
            listener.accept(filter(""));
        }
    }

    /** Shows a filter in the fields (the list opened from a link); the unit is not carried. */
    void show(CadreFilter filter) {
        showHeld(filter.held(), false);
        county.setValue(
                filter.county() != null && county.getListDataView().contains(filter.county()) ? filter.county() : null);
        level.setValue(filter.postLevel());
        rank.setValue(filter.civilRank());
        minAge.setValue(filter.minAge());
        maxAge.setValue(filter.maxAge());
        gender.setValue(filter.gender());
        ethnicity.setValue(filter.ethnicity() == null ? "" : filter.ethnicity());
        party.setValue(filter.politicalStatus());
        education.setValue(filter.minEducation());
        status.setValue(filter.status());
        authority.setValue(filter.managementAuthority());
    }

    private <E extends Enum<E>> Select<E> select(E[] values, String label, String id) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("cadre.filter.any"));
        select.setItemLabelGenerator(
                value -> value == null ? getTranslation("cadre.filter.any") : Labels.of(this, value));
        clearers.add(select::clear);
        return select;
    }

    private IntegerField ageField(String label, String id) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setId(id);
        field.setMin(16);
        field.setMax(110);
        field.setClearButtonVisible(true);
        clearers.add(field::clear);
        return field;
    }
}
