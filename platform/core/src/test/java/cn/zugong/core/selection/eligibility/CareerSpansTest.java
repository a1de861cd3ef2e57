package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.PostHolding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lengths of a career: form dates, spans of holdings, whole years. */
class CareerSpansTest {

    private static PostHolding held(String from, String to) {
        PostHolding h = new PostHolding();
        h.setStartDate(LocalDate.parse(from));
        h.setEndDate(to == null ? null : LocalDate.parse(to));
        return h;
    }

    @Test
    void aFormMonthMeansItsFirstDay() {
        assertThat(CareerSpans.formDate("201907")).contains(LocalDate.of(2019, 7, 1));
        assertThat(CareerSpans.formDate("20190715")).contains(LocalDate.of(2019, 7, 15));
    }

    @Test
    void somethingThatIsNotAFormDateGivesNothing() {
        assertThat(CareerSpans.formDate(null)).isEmpty();
        assertThat(CareerSpans.formDate("")).isEmpty();
        assertThat(CareerSpans.formDate("2019")).isEmpty();
        assertThat(CareerSpans.formDate("201913")).isEmpty();
        assertThat(CareerSpans.formDate("20190231")).isEmpty();
    }

    @Test
    void wholeYearsCompleteOnTheAnniversary() {
        assertThat(CareerSpans.wholeYears(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1)))
                .isEqualTo(5);
        assertThat(CareerSpans.wholeYears(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEqualTo(4);
        assertThat(CareerSpans.wholeYears(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
                .isZero();
    }

    @Test
    void overlappingHoldingsCountOnce() {
        LocalDate at = LocalDate.of(2025, 1, 1);
        long main = CareerSpans.days(List.of(held("2023-01-01", null)), at);

        assertThat(CareerSpans.days(List.of(held("2023-01-01", null), held("2023-06-01", "2024-01-01")), at))
                .isEqualTo(main);
    }

    @Test
    void holdingsAfterTheReferenceDateCountUpToIt() {
        LocalDate at = LocalDate.of(2024, 1, 1);
        assertThat(CareerSpans.days(List.of(held("2023-12-01", "2024-06-01"), held("2024-02-01", null)), at))
                .isEqualTo(31);
    }

    @Test
    void oneSpanUpToTheReferenceDateMakesItsYearsOnTheAnniversary() {
        LocalDate at = LocalDate.of(2025, 6, 1);
        long exactlyTwo = CareerSpans.days(List.of(held("2023-06-01", null)), at);
        long oneDayShort = CareerSpans.days(List.of(held("2023-06-02", null)), at);

        assertThat(CareerSpans.atLeastYears(exactlyTwo, 2, at)).isTrue();
        assertThat(CareerSpans.atLeastYears(oneDayShort, 2, at)).isFalse();
        assertThat(CareerSpans.wholeYears(exactlyTwo, at)).isEqualTo(2);
        assertThat(CareerSpans.wholeYears(oneDayShort, at)).isEqualTo(1);
    }

    @Test
    void separateSpansAddUp() {
        LocalDate at = LocalDate.of(2025, 1, 1);
        long days = CareerSpans.days(List.of(held("2015-01-01", "2016-01-01"), held("2020-01-01", "2021-01-01")), at);

        assertThat(days).isEqualTo(365 + 366);
        assertThat(CareerSpans.atLeastYears(days, 2, at)).isTrue();
    }
}
