package cn.zugong.core.cadre.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.CadreFigures.Figure;
import cn.zugong.core.cadre.domain.CadreTally.Row;
import cn.zugong.core.cadre.domain.CadreTally.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of the tally at a date: which periods of birth a band boundary splits, and the figures. */
class CadreTallyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private final CadreTally tally = new CadreTally(TODAY);

    @Test
    void theBandsOfADayOfBirthAreTheListsAgeFilter() {
        // 35 on the day: no longer under 35; a day younger: still under 35.
        assertThat(tally.band(LocalDate.of(1991, 11, 1))).isEqualTo(AgeBand.FROM_35_TO_39);
        assertThat(tally.band(LocalDate.of(1991, 11, 2))).isEqualTo(AgeBand.UNDER_35);
        assertThat(tally.band(LocalDate.of(1971, 11, 1))).isEqualTo(AgeBand.FROM_55);
        assertThat(tally.band(LocalDate.of(1971, 11, 2))).isEqualTo(AgeBand.FROM_50_TO_54);
    }

    @Test
    void onlyTheYearsAndMonthsABoundaryFallsInAreSplit() {
        assertThat(tally.splitYears()).containsExactly(1971, 1976, 1981, 1986, 1991);
        assertThat(tally.splitMonths())
                .contains(new Span(LocalDate.of(1991, 11, 1), LocalDate.of(1991, 11, 30)))
                .hasSize(5);
        assertThat(tally.monthCategories()).hasSize(5 * 12 * 2).contains("1991-03/FEMALE");
    }

    @Test
    void aBoundaryOnTheLastDayOfAYearSplitsNothing() {
        CadreTally newYearsEve = new CadreTally(LocalDate.of(2026, 12, 31));
        assertThat(newYearsEve.splitYears()).isEmpty();
        assertThat(newYearsEve.splitMonths()).isEmpty();
        assertThat(newYearsEve.monthCategories()).isEmpty();
    }

    @Test
    void eachPeriodIsCountedOnceAtTheFinestReadingItNeeds() {
        List<Figure> figures = tally.figures(List.of(
                new Row("510115", "STATUS", "ACTIVE", 9),
                new Row("510115", "STATUS", "RETIRED", 4),
                // Not split: the year is read whole.
                new Row("510115", "BORN_YEAR", "1995/MALE", 2),
                // Split year: its year row is ignored, its months read instead.
                new Row("510115", "BORN_YEAR", "1991/FEMALE", 3),
                new Row("510115", "BORN_MONTH", "1991-03/FEMALE", 1),
                // The split month: its month row is ignored, its days read instead.
                new Row("510115", "BORN_MONTH", "1991-11/FEMALE", 2),
                new Row("510115", "BORN_DAY", "1991-11-01/FEMALE", 1),
                new Row("510115", "BORN_DAY", "1991-11-20/FEMALE", 1),
                new Row("510115", "EDUCATION", "COLLEGE/UNIVERSITY", 5),
                new Row("510115", "EDUCATION", "/", 4),
                new Row("510115", "POST_LEVEL", "", 3),
                new Row("510115", "POST_LEVEL", "COUNTY_DEPUTY", 6),
                new Row("510115", "ETHNICITY", "汉族", 9)));
        CadreFigures read = new CadreFigures(List.of("510115"), figures);

        assertThat(read.total("510115")).isEqualTo(9);
        assertThat(read.count("510115", FigureDimension.AGE_BAND, "UNDER_35")).isEqualTo(2 + 1);
        assertThat(read.count("510115", FigureDimension.AGE_BAND, "FROM_35_TO_39"))
                .isEqualTo(2);
        assertThat(read.count("510115", FigureDimension.AGE_AND_GENDER, "FROM_35_TO_39.FEMALE"))
                .isEqualTo(2);
        assertThat(read.count("510115", FigureDimension.EDUCATION, "POSTGRADUATE"))
                .isZero();
        assertThat(read.count("510115", FigureDimension.EDUCATION, "UNIVERSITY"))
                .isEqualTo(5);
        assertThat(read.count("510115", FigureDimension.EDUCATION, "HIGH_SCHOOL"))
                .isEqualTo(5);
        assertThat(read.count("510115", FigureDimension.POST_LEVEL, "COUNTY_DEPUTY"))
                .isEqualTo(6);
        assertThat(read.categories(FigureDimension.POST_LEVEL)).doesNotContain("");
        assertThat(read.count("510115", FigureDimension.ETHNICITY, "汉族")).isEqualTo(9);
    }
}
