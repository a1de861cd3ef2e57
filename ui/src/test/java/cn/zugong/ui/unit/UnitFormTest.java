package cn.zugong.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import cn.zugong.core.validation.Problem;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The unit form without a browser: what a clerk sees when the input is wrong, in Chinese and English. */
@ExtendWith(PortalUi.class)
class UnitFormTest {

    private static final ParentOption COMMITTEE = new ParentOption(UUID.randomUUID(), "中共成都市温江区委员会");
    private final List<OrgUnit> saved = new ArrayList<>();

    private UnitForm form(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UnitForm form = new UnitForm(new ParentLookup() {
            @Override
            public List<ParentOption> find(String filter, int offset, int limit) {
                return List.of(COMMITTEE);
            }

            @Override
            public Optional<ParentOption> byId(UUID id) {
                return Optional.of(COMMITTEE).filter(p -> p.id().equals(id));
            }
        });
        form.addSaveListener(event -> saved.add(event.unit()));
        UI.getCurrent().add(form);
        form.edit(new OrgUnit(), false);
        return form;
    }

    @Test
    void anEmptyFormIsNotSavedAndSaysWhatIsMissingInChinese() {
        UnitForm form = form(Locale.SIMPLIFIED_CHINESE);

        assertThat(form.save()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(form.name.getErrorMessage()).isEqualTo("请填写单位名称。");
        assertThat(form.type.getErrorMessage()).isEqualTo("请选择单位类别。");
    }

    @Test
    void theSameMistakesAreExplainedInEnglish() {
        UnitForm form = form(Locale.ENGLISH);
        form.principalPosts.setValue(120);

        assertThat(form.save()).isFalse();
        assertThat(form.name.getErrorMessage()).isEqualTo("Enter the unit's name.");
        assertThat(form.principalPosts.getErrorMessage()).isEqualTo("Posts are a whole number from 0 to 99.");
    }

    @Test
    void aValidUnitIsHandedOverWithItsParentAndPosts() {
        UnitForm form = form(Locale.SIMPLIFIED_CHINESE);
        form.name.setValue("  中共成都市温江区委组织部 ");
        form.type.setValue(UnitType.WORKING_DEPARTMENT);
        form.parent.setValue(COMMITTEE);
        form.principalPosts.setValue(1);
        form.deputyPosts.setValue(3);

        assertThat(form.save()).isTrue();
        assertThat(saved).singleElement().satisfies(unit -> {
            assertThat(unit.getName()).isEqualTo("中共成都市温江区委组织部");
            assertThat(unit.getParentId()).isEqualTo(COMMITTEE.id());
            assertThat(unit.getDeputyPosts()).isEqualTo(3);
        });
    }

    @Test
    void aUnitWithoutLeadershipPostsCanBeSaved() {
        UnitForm form = form(Locale.SIMPLIFIED_CHINESE);
        form.name.setValue("组织部干部科");
        form.type.setValue(UnitType.INTERNAL_ORGAN);
        form.principalPosts.clear();

        assertThat(form.save()).isTrue();
        assertThat(saved).singleElement().satisfies(unit -> {
            assertThat(unit.getPrincipalPosts()).isZero();
            assertThat(unit.getDeputyPosts()).isZero();
        });
    }

    @Test
    void theServicesVerdictIsShownOnTheNamedField() {
        UnitForm form = form(Locale.SIMPLIFIED_CHINESE);

        form.showProblems(List.of(new Problem("name", "unit.error.name.taken")));

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("同一上级单位下已有同名单位。");
    }

    @Test
    void unitTypesAreLabelledInTheUsersLanguage() {
        UnitForm form = form(Locale.ENGLISH);

        assertThat(form.type.getItemLabelGenerator().apply(UnitType.TOWNSHIP)).isEqualTo("Township or subdistrict");
    }

    @Test
    void choosingATypeProposesItsUsualRankLabelledInChinese() {
        UnitForm form = form(Locale.SIMPLIFIED_CHINESE);
        form.type.setValue(UnitType.TOWNSHIP);

        assertThat(form.rank.getValue()).isEqualTo(PostLevel.TOWNSHIP_PRINCIPAL);
        assertThat(form.rank.getItemLabelGenerator().apply(PostLevel.TOWNSHIP_PRINCIPAL))
                .isEqualTo("乡科级正职");
    }

    @Test
    void theChosenRankIsSavedWithTheUnit() {
        UnitForm form = form(Locale.SIMPLIFIED_CHINESE);
        form.name.setValue("成都市温江区发展和改革局");
        form.type.setValue(UnitType.WORKING_DEPARTMENT);
        form.rank.setValue(PostLevel.COUNTY_PRINCIPAL);

        assertThat(form.save()).isTrue();
        assertThat(saved).singleElement().satisfies(unit -> assertThat(unit.getRank())
                .isEqualTo(PostLevel.COUNTY_PRINCIPAL));
    }
}
