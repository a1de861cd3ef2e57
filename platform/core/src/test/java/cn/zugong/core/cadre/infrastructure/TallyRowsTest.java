package cn.zugong.core.cadre.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.HeldFigure;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which list counts the tally answers: only those narrowed by nothing but status and county. */
class TallyRowsTest {

    @Test
    void theTallyAnswersCountsByStatusAndCountyOnly() {
        assertThat(TallyRows.answers(CadreFilter.NONE)).isTrue();
        assertThat(TallyRows.answers(FigureDimension.activeCadres())).isTrue();
        assertThat(TallyRows.answers(FigureDimension.activeCadres().withCounty("510115")))
                .isTrue();
    }

    @Test
    void anyOtherFilterIsCountedFromTheCadres() {
        CadreFilter active = FigureDimension.activeCadres();
        assertThat(TallyRows.answers(active.withSearch("li"))).isFalse();
        assertThat(TallyRows.answers(active.withHeld(new HeldFigure(LocalDate.of(2025, 12, 31), HeldFigure.IN_POST))))
                .isFalse();
        assertThat(TallyRows.answers(new CadreFilter(
                        "", null, null, null, null, null, Gender.FEMALE, null, null, null, null, null, null)))
                .isFalse();
        assertThat(TallyRows.answers(
                        new CadreFilter("", null, null, null, 30, null, null, null, null, null, null, null, null)))
                .isFalse();
    }
}
