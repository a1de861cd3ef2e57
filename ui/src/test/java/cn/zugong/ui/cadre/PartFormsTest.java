package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.KinshipClass;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The part forms of a cadre file without a browser: what a clerk is told when the input is wrong. */
@ExtendWith(PortalUi.class)
class PartFormsTest {

    private static final UnitChoices.Unit OFFICE = new UnitChoices.Unit(UUID.randomUUID(), "Office");
    private final List<Object> saved = new ArrayList<>();

    private <T> void open(PartForm<T> form, T part, Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().add(form);
        form.onSave(saved::add);
        form.edit(part);
    }

    private FamilyForm familyForm(Locale locale) {
        UI.getCurrent().setLocale(locale);
        FamilyForm form = new FamilyForm();
        open(form, new FamilyMember(), locale);
        form.relation.setValue("\u59bb\u5b50");
        form.kinship.setValue(KinshipClass.SPOUSE);
        form.name.setValue("\u674e\u56db");
        return form;
    }

    @Test
    void aBirthMonthThirteenIsExplainedInChinese() {
        FamilyForm form = familyForm(Locale.SIMPLIFIED_CHINESE);
        form.birth.setValue("198513");

        assertThat(form.save()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(form.birth.isInvalid()).isTrue();
        assertThat(form.birth.getErrorMessage())
                .isEqualTo(
                        "\u51fa\u751f\u5e74\u6708\u201c198513\u201d\u5e94\u4e3a YYYYMM \u6216 YYYYMMDD"
                                + " \u683c\u5f0f\uff0c\u4e14\u6708\u4efd\u3001\u65e5\u671f\u6709\u6548\uff0c\u5982 198507\u3002");
    }

    @Test
    void aGoodRelativeIsHandedToTheService() {
        FamilyForm form = familyForm(Locale.ENGLISH);
        form.birth.setValue("198507");

        assertThat(form.save()).isTrue();
        assertThat(saved).singleElement().isInstanceOfSatisfying(FamilyMember.class, m -> {
            assertThat(m.getBirth()).isEqualTo("198507");
            assertThat(m.getKinshipClass()).isEqualTo(KinshipClass.SPOUSE);
        });
    }

    @Test
    void problemsFoundByTheServiceMarkTheirFields() {
        FamilyForm form = familyForm(Locale.ENGLISH);

        form.showProblems(List.of(new Problem("name", "cadre.error.required")));

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("This field is required.");
    }

    private HoldingForm holdingForm(List<PostHolding> others) {
        HoldingForm form = new HoldingForm(
                new UnitChoices() {
                    @Override
                    public List<Unit> find(String filter, int offset, int limit) {
                        return List.of(OFFICE);
                    }

                    @Override
                    public Optional<Unit> byId(UUID id) {
                        return Optional.of(OFFICE).filter(u -> u.id().equals(id));
                    }

                    @Override
                    public List<UnitPosition> positions(UUID unitId) {
                        return DEPUTIES;
                    }

                    @Override
                    public Map<UUID, List<String>> holders(UUID unitId) {
                        return Map.of(DEPUTIES.get(1).getId(), List.of("Wang Ming"));
                    }
                },
                others);
        PostHolding blank = new PostHolding();
        blank.setMainPost(true);
        open(form, blank, Locale.ENGLISH);
        form.title.setValue("Director");
        form.start.setValue(LocalDate.of(2022, 3, 1));
        return form;
    }

    private static final List<UnitPosition> DEPUTIES = List.of(deputy(0), deputy(1), deputy(2));

    private static UnitPosition deputy(int order) {
        return new UnitPosition(
                OFFICE.id(), "Deputy director", PostLevel.COUNTY_DEPUTY, AppointmentMethod.values()[0], order);
    }

    @Test
    void thePositionPickerTellsEqualTitlesApartByOrderAndHolder() {
        HoldingForm form = holdingForm(List.of());
        form.unit.setValue(OFFICE);

        assertThat(DEPUTIES.stream()
                        .map(p -> form.position.getItemLabelGenerator().apply(p)))
                .containsExactly(
                        "1. Deputy director (vacant)", "2. Deputy director (Wang Ming)", "3. Deputy director (vacant)");
    }

    @Test
    void choosingAUnitOfTheCountyNamesTheHolding() {
        HoldingForm form = holdingForm(List.of());
        form.unit.setValue(OFFICE);

        assertThat(form.unitName.isReadOnly()).isTrue();
        assertThat(form.save()).isTrue();
        assertThat(saved).singleElement().isInstanceOfSatisfying(PostHolding.class, h -> {
            assertThat(h.getUnitId()).isEqualTo(OFFICE.id());
            assertThat(h.getUnitName()).isEqualTo("Office");
            assertThat(h.isMainPost()).isTrue();
        });
    }

    @Test
    void aSecondOpenMainPostIsRefusedOnTheMainPostBox() {
        PostHolding current = new PostHolding();
        current.setMainPost(true);
        current.setStartDate(LocalDate.of(2019, 1, 1));
        HoldingForm form = holdingForm(List.of(current));
        form.unitName.setValue("Outside county bureau");

        assertThat(form.save()).isFalse();
        assertThat(form.mainPost.isInvalid()).isTrue();
        assertThat(form.mainPost.getErrorMessage()).startsWith("This cadre already holds an open main post");

        form.mainPost.setValue(false);
        assertThat(form.save()).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        HoldingForm form = holdingForm(List.of());
        form.unitName.setValue("Outside county bureau");
        form.end.setValue(LocalDate.of(2022, 2, 28));

        assertThat(form.save()).isFalse();
        assertThat(form.end.getErrorMessage()).isEqualTo("The end date cannot be before the start date.");
    }

    @Test
    void noGradeWithoutAReasonIsRefused() {
        AssessmentForm form = new AssessmentForm(List.of());
        open(form, new Assessment(), Locale.ENGLISH);
        form.year.setValue(2023);
        form.grade.setValue(AssessmentGrade.UNGRADED);

        assertThat(form.save()).isFalse();
        assertThat(form.note.getErrorMessage()).isEqualTo("Without a grade, give the reason in the note.");

        form.note.setValue("Sanction in force");
        assertThat(form.save()).isTrue();
    }
}
