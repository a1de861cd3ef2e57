package cn.zugong.ui.cadre;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editable fields of a cadre file, bound to a {@link Cadre}. The id number field exists only
 * for users who may see it. {@link #showProblems} marks the fields the service refused.
 */
class CadreForm extends FormLayout {

    private final Binder<Cadre> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new HashMap<>();

    CadreForm(boolean sensitive) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 3));
        text("name", Cadre::getName, Cadre::setName, true);
        select("gender", Gender.values(), Cadre::getGender, Cadre::setGender);
        date("birthDate", Cadre::getBirthDate, Cadre::setBirthDate);
        text("ethnicity", Cadre::getEthnicity, Cadre::setEthnicity, true);
        text("nativePlace", Cadre::getNativePlace, Cadre::setNativePlace, false);
        text("birthPlace", Cadre::getBirthPlace, Cadre::setBirthPlace, false);
        text("growthPlace", Cadre::getGrowthPlace, Cadre::setGrowthPlace, false);
        if (sensitive) {
            text("idNumber", Cadre::getIdNumber, Cadre::setIdNumber, false);
        }
        select("politicalStatus", PoliticalStatus.values(), Cadre::getPoliticalStatus, Cadre::setPoliticalStatus);
        text("partyJoined", Cadre::getPartyJoined, Cadre::setPartyJoined, false);
        text("workStarted", Cadre::getWorkStarted, Cadre::setWorkStarted, false);
        select("health", Health.values(), Cadre::getHealth, Cadre::setHealth);
        text(
                "professionalTitle",
                k -> k.education().getProfessionalTitle(),
                (k, value) -> k.education().setProfessionalTitle(value),
                false);
        text(
                "expertise",
                k -> k.education().getExpertise(),
                (k, value) -> k.education().setExpertise(value),
                false);
        select(
                "fullTimeLevel",
                "cadre.field.fullTime",
                EducationLevel.values(),
                k -> k.education().getFullTimeLevel(),
                (k, value) -> k.education().setFullTimeLevel(value));
        text(
                "fullTimeDegree",
                k -> k.education().getFullTimeDegree(),
                (k, value) -> k.education().setFullTimeDegree(value),
                false);
        text(
                "fullTimeLevelSchool",
                k -> k.education().getFullTimeLevelSchool(),
                (k, value) -> k.education().setFullTimeLevelSchool(value),
                false);
        select(
                "inServiceLevel",
                "cadre.field.inService",
                EducationLevel.values(),
                k -> k.education().getInServiceLevel(),
                (k, value) -> k.education().setInServiceLevel(value));
        text(
                "inServiceDegree",
                k -> k.education().getInServiceDegree(),
                (k, value) -> k.education().setInServiceDegree(value),
                false);
        text(
                "inServiceLevelSchool",
                k -> k.education().getInServiceLevelSchool(),
                (k, value) -> k.education().setInServiceLevelSchool(value),
                false);
        select("postLevel", PostLevel.values(), Cadre::getPostLevel, Cadre::setPostLevel);
        date("levelSince", Cadre::getLevelSince, Cadre::setLevelSince);
        select("civilRank", CivilRank.values(), Cadre::getCivilRank, Cadre::setCivilRank);
        date("rankSince", Cadre::getRankSince, Cadre::setRankSince);
        select(
                "managementAuthority",
                ManagementAuthority.values(),
                Cadre::getManagementAuthority,
                Cadre::setManagementAuthority);
        select("status", CadreStatus.values(), Cadre::getStatus, Cadre::setStatus);
        text(
                "proposedPost",
                k -> k.proposal().getProposedPost(),
                (k, value) -> k.proposal().setProposedPost(value),
                false);
        text(
                "proposedRemoval",
                k -> k.proposal().getProposedRemoval(),
                (k, value) -> k.proposal().setProposedRemoval(value),
                false);
        text(
                "reportingUnit",
                k -> k.proposal().getReportingUnit(),
                (k, value) -> k.proposal().setReportingUnit(value),
                false);
        TextArea reason = new TextArea(getTranslation("cadre.field.appointmentReason"));
        bind("appointmentReason", reason, k -> k.proposal().getAppointmentReason(), (k, value) -> k.proposal()
                .setAppointmentReason(value));
        setColspan(reason, 3);
    }

    void edit(Cadre cadre, boolean readOnly) {
        binder.readBean(cadre);
        binder.setReadOnly(readOnly);
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** The status of a saved file changes only by a dated change (the status tab), never here. */
    void lockStatus() {
        ((HasValue<?, ?>) fields.get("status")).setReadOnly(true);
    }

    /** Writes the fields into the cadre; false when a field holds a value it cannot convert. */
    boolean writeTo(Cadre cadre) {
        try {
            binder.writeBean(cadre);
            return true;
        } catch (ValidationException invalid) {
            return false;
        }
    }

    void showProblems(List<Problem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        for (Problem problem : problems) {
            Optional.ofNullable(fields.get(problem.field())).ifPresent(field -> {
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.messageArgs()));
                field.setInvalid(true);
            });
        }
    }

    private void text(
            String field,
            SerializableFunction<Cadre, String> get,
            SerializableBiConsumer<Cadre, String> set,
            boolean required) {
        TextField input = new TextField(getTranslation("cadre.field." + field));
        input.setRequiredIndicatorVisible(required);
        bind(field, input, get, set);
    }

    private void date(
            String field,
            SerializableFunction<Cadre, java.time.LocalDate> get,
            SerializableBiConsumer<Cadre, java.time.LocalDate> set) {
        bind(field, Widgets.datePicker(getTranslation("cadre.field." + field)), get, set);
    }

    private <E extends Enum<E>> void select(
            String field, E[] values, SerializableFunction<Cadre, E> get, SerializableBiConsumer<Cadre, E> set) {
        select(field, "cadre.field." + field, values, get, set);
    }

    private <E extends Enum<E>> void select(
            String field,
            String label,
            E[] values,
            SerializableFunction<Cadre, E> get,
            SerializableBiConsumer<Cadre, E> set) {
        Select<E> input = new Select<>();
        input.setLabel(getTranslation(label));
        input.setItems(values);
        input.setEmptySelectionAllowed(true);
        input.setItemLabelGenerator(value -> Labels.of(this, value));
        bind(field, input, get, set);
    }

    private <V, C extends com.vaadin.flow.component.Component & HasValue<?, V> & HasValidation> void bind(
            String field, C input, SerializableFunction<Cadre, V> get, SerializableBiConsumer<Cadre, V> set) {
        input.setId("cadre-" + field);
        binder.forField(input).bind(get::apply, set::accept);
        fields.put(field, input);
        add(input);
    }
}
