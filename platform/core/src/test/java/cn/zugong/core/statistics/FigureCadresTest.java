package cn.zugong.core.statistics;

import static cn.zugong.core.statistics.StatisticsFixture.PIDU;
import static cn.zugong.core.statistics.StatisticsFixture.WENJIANG;
import static cn.zugong.core.statistics.StatisticsFixture.XINDU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.testdb.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cadre list's filter "held a post on date D" against the statistics and the hand-counted
 * fixture ({@link StatisticsFixture}): every figure of a county equals the count of the list it
 * opens, the names behind a figure are those counted by hand, and the trend's years too.
 */
class FigureCadresTest extends OnTheFixture {

    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    private CadreService listAs(Tenancy tenancy) {
        readAs(tenancy);
        CadreService service = TestDatabase.wire(new CadreService(), "em", em);
        TestDatabase.wire(service, "reports", em);
        return TestDatabase.wire(service, "figures", new StatisticsHeldFigures());
    }

    private static Tenancy supervisor() {
        return Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU)));
    }

    private static CadreFilter held(String county, LocalDate on, String figure) {
        return CadreFilter.NONE.withCounty(county).withHeld(new HeldFigure(on, figure));
    }

    private static List<String> names(CadreService list, CadreFilter filter) {
        return list.list(new CadreQuery(filter, CadreQuery.Sort.NAME, true, 0, 100)).stream()
                .map(CadreRow::name)
                .sorted()
                .toList();
    }

    /** Every key of the basic table (each row and every row) and of the changes. */
    private static List<String> everyFigure() {
        List<String> keys = new ArrayList<>();
        for (StatColumn column : StatColumn.values()) {
            keys.add(FigureCadres.basic(null, column));
            for (StatRow row : StatRow.values()) {
                keys.add(FigureCadres.basic(row, column));
            }
        }
        for (StatChange change : StatChange.values()) {
            keys.add(FigureCadres.change(change));
        }
        return keys;
    }

    private static long figure(CountyStatistics figures, String key) {
        FigureCadres.Figure figure = FigureCadres.parse(key).orElseThrow();
        if (figure.change() != null) {
            return figures.change(figure.change());
        }
        return figure.row() == null ? figures.total(figure.column()) : figures.basic(figure.row(), figure.column());
    }

    @Test
    void everyFigureOfTheYearEqualsTheCountOfItsList() {
        CadreService list = listAs(supervisor());
        StatisticsService statistics = StatisticsFixture.service(em);

        for (int year : new int[] {2024, 2025, 2026}) {
            YearStatistics counted = statistics.year(year);
            for (YearStatistics.County county : counted.counties()) {
                for (String key : everyFigure()) {
                    assertThat((long) list.count(held(county.code(), counted.referenceDate(), key)))
                            .as("%s %s %s", year, county.code(), key)
                            .isEqualTo(figure(county.figures(), key));
                }
            }
        }
    }

    @Test
    void theListOfAFigureNamesTheCadresCountedByHand() {
        CadreService list = listAs(supervisor());

        assertThat(names(list, held(WENJIANG, END_2025, HeldFigure.IN_POST))).containsExactly("丙", "乙", "己", "甲");
        assertThat(names(list, held(WENJIANG, END_2025, "basic.COUNTY_DEPUTY.FEMALE")))
                .containsExactly("甲");
        assertThat(names(list, held(WENJIANG, END_2025, "basic.ALL.AGE_36_TO_40")))
                .containsExactly("乙");
        assertThat(names(list, held(WENJIANG, END_2025, "change.REMOVED"))).containsExactly("丁", "庚");
        assertThat(names(list, held(WENJIANG, END_2025, "change.TRANSFERRED_OUT")))
                .containsExactly("己", "庚");
        assertThat(names(list, held(WENJIANG, LocalDate.of(2026, 6, 30), HeldFigure.IN_POST)))
                .containsExactly("乙", "己", "戊", "甲");
        // over the supervisor's counties: Pidu's deputy as well, never Xindu's
        assertThat(names(list, held(null, END_2025, "basic.COUNTY_DEPUTY.TOTAL")))
                .containsExactly("甲", "辛");
    }

    @Test
    void theFigureNarrowsTheOtherFiltersOfTheList() {
        CadreService list = listAs(supervisor());

        CadreFilter inPost = held(WENJIANG, END_2025, HeldFigure.IN_POST);
        assertThat(list.count(inPost.withSearch("甲"))).isEqualTo(1);
        assertThat(list.count(CadreFilter.NONE.withCounty(WENJIANG))).isEqualTo(7);
    }

    @Test
    void aCountyUserNeverListsAnotherCountysCadresByAFigure() {
        CadreService list = listAs(Tenancy.writing(new TenantId(PIDU)));

        assertThat(list.count(held(WENJIANG, END_2025, HeldFigure.IN_POST))).isZero();
        assertThat(list.count(held(XINDU, END_2025, HeldFigure.IN_POST))).isZero();
        assertThat(names(list, held(null, END_2025, HeldFigure.IN_POST))).containsExactly("辛");
    }

    @Test
    void theTrendCountsTheLastFiveEndedYearsAndEachFigureEqualsItsList() {
        CadreService list = listAs(supervisor());

        List<YearStatistics> trend = StatisticsFixture.service(em).trend(5);

        assertThat(trend).extracting(YearStatistics::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        YearStatistics last = trend.getLast();
        assertThat(last.county(WENJIANG).orElseThrow().figures().total(StatColumn.TOTAL))
                .isEqualTo(4);
        assertThat(last.total().total(StatColumn.TOTAL)).isEqualTo(5);
        assertThat(last.county(XINDU)).isEmpty();
        // 2021: A (county deputy), C, D, F, G in Wenjiang; B only from 2025
        assertThat(trend.getFirst().county(WENJIANG).orElseThrow().figures().total(StatColumn.TOTAL))
                .isEqualTo(5);
        for (YearStatistics year : trend) {
            for (YearStatistics.County county : year.counties()) {
                for (StatColumn column : List.of(StatColumn.TOTAL, StatColumn.FEMALE, StatColumn.AGE_35_OR_UNDER)) {
                    String key = FigureCadres.basic(null, column);
                    assertThat((long) list.count(held(county.code(), year.referenceDate(), key)))
                            .as("%s %s %s", year.year(), county.code(), key)
                            .isEqualTo(county.figures().total(column));
                }
            }
        }
    }

    @Test
    void aKeyThatNamesNoFigureIsRefused() {
        assertThat(FigureCadres.parse("basic.ALL.NOPE")).isEmpty();
        assertThat(FigureCadres.parse("change.RETIRED")).isPresent();
        assertThat(FigureCadres.parse("drop table")).isEmpty();
        readAsNobody();
        assertThatThrownBy(() -> FigureCadres.ids(em, List.of(WENJIANG), END_2025, "basic.X.TOTAL"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
