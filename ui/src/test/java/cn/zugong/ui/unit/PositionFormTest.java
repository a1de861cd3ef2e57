package cn.zugong.ui.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.unit.AppointmentMethod;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The position form without a browser: the level the unit's rank allows, and what is wrong, in the user's language. */
@ExtendWith(PortalUi.class)
class PositionFormTest {

    private final List<UnitPosition> saved = new ArrayList<>();

    private PositionForm form(Locale locale) {
        UI.getCurrent().setLocale(locale);
        PositionForm form = new PositionForm(PostLevel.TOWNSHIP_PRINCIPAL);
        form.addSaveListener(event -> saved.add(event.position()));
        UI.getCurrent().add(form);
        form.edit(new UnitPosition(UUID.randomUUID()), false);
        return form;
    }

    @Test
    void choosingDeputyProposesTheLevelBelowTheRank() {
        PositionForm form = form(Locale.SIMPLIFIED_CHINESE);
        form.title.setValue("副局长");
        form.kind.setValue(false);
        form.selection.setValue(AppointmentMethod.APPOINTED);

        assertThat(form.level.getValue()).isEqualTo(PostLevel.TOWNSHIP_DEPUTY);
        assertThat(form.save()).isTrue();
        assertThat(saved).singleElement().satisfies(p -> {
            assertThat(p.isPrincipal()).isFalse();
            assertThat(p.getPostLevel()).isEqualTo(PostLevel.TOWNSHIP_DEPUTY);
        });
    }

    @Test
    void aLevelThatDoesNotFitTheRankIsExplainedInChinese() {
        PositionForm form = form(Locale.SIMPLIFIED_CHINESE);
        form.title.setValue("局长");
        form.kind.setValue(true);
        form.level.setValue(PostLevel.COUNTY_PRINCIPAL);
        form.selection.setValue(AppointmentMethod.APPOINTED);

        assertThat(form.save()).isFalse();
        assertThat(saved).isEmpty();
        assertThat(form.level.getErrorMessage()).isEqualTo("职务层次与机构规格不符：正职与机构规格同级，副职低一级。");
    }

    @Test
    void anEmptyTitleIsExplainedInEnglish() {
        PositionForm form = form(Locale.ENGLISH);
        form.kind.setValue(true);
        form.selection.setValue(AppointmentMethod.ELECTED);

        assertThat(form.save()).isFalse();
        assertThat(form.title.getErrorMessage()).isEqualTo("Enter the position's title.");
    }
}
