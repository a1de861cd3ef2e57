package cn.zugong.core.cadre.infrastructure.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormDatesTest {

    @Test
    void formDatesPrintAsYearDotMonth() {
        assertThat(FormDates.display("197503")).isEqualTo("1975.03");
        assertThat(FormDates.display("19750315")).isEqualTo("1975.03");
        assertThat(FormDates.display("1975.03")).isEqualTo("1975.03");
    }

    @Test
    void textThatIsNoDatePrintsUnchanged() {
        assertThat(FormDates.display(" 群众 ")).isEqualTo("群众");
        assertThat(FormDates.display(null)).isEmpty();
    }

    @Test
    void theAgeCountsCompletedYearsAtTheReferenceMonth() {
        assertThat(FormDates.age("197503", "202406")).hasValue(49);
        assertThat(FormDates.age("197503", "202403")).hasValue(49);
        assertThat(FormDates.age("197503", "202402")).hasValue(48);
    }

    @Test
    void daysCountWhenBothDatesHaveThem() {
        assertThat(FormDates.age("19750315", "20240314")).hasValue(48);
        assertThat(FormDates.age("19750315", "20240315")).hasValue(49);
    }

    @Test
    void thereIsNoAgeWithoutAReferenceDateOrForABirthAfterIt() {
        assertThat(FormDates.age("197503", "")).isEmpty();
        assertThat(FormDates.age("197503", null)).isEmpty();
        assertThat(FormDates.age("202503", "202406")).isEmpty();
        assertThat(FormDates.age("197513", "202406")).isEmpty();
    }
}
