package cn.zugong.core.statistics;

import static cn.zugong.core.statistics.StatisticsFixture.PIDU;
import static cn.zugong.core.statistics.StatisticsFixture.WENJIANG;
import static cn.zugong.core.statistics.StatisticsFixture.XINDU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The annual statistics against the hand-counted fixture ({@link StatisticsFixture}). */
class StatisticsServiceTest extends OnTheFixture {

    private YearStatistics yearAs(Tenancy tenancy, int year) {
        readAs(tenancy);
        return StatisticsFixture.service(em).year(year);
    }

    private static Tenancy supervisor() {
        return Tenancy.reading(Set.of(new TenantId(WENJIANG), new TenantId(PIDU)));
    }

    @Test
    void aCountyIsCountedAtTheReferenceDateFromItsHistory() {
        YearStatistics year = yearAs(Tenancy.writing(new TenantId(WENJIANG)), 2025);
        CountyStatistics w = year.county(WENJIANG).orElseThrow().figures();

        assertThat(year.referenceDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(w.total(StatColumn.TOTAL)).isEqualTo(4);
        assertThat(w.basic(StatRow.COUNTY_PRINCIPAL, StatColumn.TOTAL)).isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_PRINCIPAL, StatColumn.CPC)).isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_PRINCIPAL, StatColumn.HIGH_SCHOOL_OR_BELOW))
                .isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_PRINCIPAL, StatColumn.AGE_60_OR_OVER)).isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_DEPUTY, StatColumn.TOTAL)).isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_DEPUTY, StatColumn.FEMALE)).isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_DEPUTY, StatColumn.UNIVERSITY)).isEqualTo(1);
        assertThat(w.basic(StatRow.COUNTY_DEPUTY, StatColumn.AGE_35_OR_UNDER)).isEqualTo(1);
        assertThat(w.basic(StatRow.TOWNSHIP_PRINCIPAL, StatColumn.TOTAL)).isZero();
        assertThat(w.basic(StatRow.TOWNSHIP_DEPUTY, StatColumn.MINORITY)).isEqualTo(1);
        assertThat(w.basic(StatRow.TOWNSHIP_DEPUTY, StatColumn.NON_CPC)).isEqualTo(1);
        assertThat(w.basic(StatRow.TOWNSHIP_DEPUTY, StatColumn.POSTGRADUATE)).isEqualTo(1);
        assertThat(w.basic(StatRow.TOWNSHIP_DEPUTY, StatColumn.AGE_36_TO_40)).isEqualTo(1);
        assertThat(w.basic(StatRow.OTHER, StatColumn.TOTAL)).isEqualTo(1);
        assertThat(w.basic(StatRow.OTHER, StatColumn.SECONDARY)).isEqualTo(1);
        assertThat(w.basic(StatRow.OTHER, StatColumn.AGE_46_TO_50)).isEqualTo(1);
        assertThat(w.total(StatColumn.FEMALE)).isEqualTo(1);
        assertThat(w.total(StatColumn.CPC)).isEqualTo(2);
        assertThat(w.total(StatColumn.NON_CPC)).isEqualTo(2);
    }

    @Test
    void theChangesOfTheYearEndOnTheReferenceDate() {
        CountyStatistics w = yearAs(Tenancy.writing(new TenantId(WENJIANG)), 2025)
                .county(WENJIANG)
                .orElseThrow()
                .figures();

        assertThat(w.change(StatChange.APPOINTED)).isEqualTo(1);
        assertThat(w.change(StatChange.REMOVED)).isEqualTo(2);
        assertThat(w.change(StatChange.RETIRED)).isEqualTo(1);
        assertThat(w.change(StatChange.TRANSFERRED_OUT)).isEqualTo(2);
        assertThat(w.change(StatChange.DECEASED)).isZero();
    }

    @Test
    void theNextYearCountsTheRetirementOfItsFirstDayAndTheNewDeputy() {
        CountyStatistics w = yearAs(Tenancy.writing(new TenantId(WENJIANG)), 2026)
                .county(WENJIANG)
                .orElseThrow()
                .figures();

        assertThat(w.total(StatColumn.TOTAL)).isEqualTo(4);
        assertThat(w.basic(StatRow.COUNTY_PRINCIPAL, StatColumn.TOTAL)).isZero();
        assertThat(w.basic(StatRow.TOWNSHIP_DEPUTY, StatColumn.TOTAL)).isEqualTo(2);
        assertThat(w.change(StatChange.RETIRED)).isEqualTo(1);
        assertThat(w.change(StatChange.APPOINTED)).isEqualTo(1);
        assertThat(w.change(StatChange.REMOVED)).isEqualTo(1);
    }

    @Test
    void theSupervisorSumsTheCountiesOfTheScopeOnly() {
        YearStatistics year = yearAs(supervisor(), 2025);

        assertThat(year.counties()).extracting(YearStatistics.County::code).containsExactly(WENJIANG, PIDU);
        assertThat(year.total().total(StatColumn.TOTAL)).isEqualTo(5);
        assertThat(year.total().basic(StatRow.COUNTY_DEPUTY, StatColumn.TOTAL)).isEqualTo(2);
        assertThat(year.cities()).containsExactly("510100");
        assertThat(year.sum(c -> c.city().equals("510100")).total(StatColumn.AGE_36_TO_40))
                .isEqualTo(2);
        assertThat(year.county(XINDU)).isEmpty();
        assertThat(year.submittedCount()).isZero();
    }

    @Test
    void aCountyUserSeesOnlyTheirCounty() {
        YearStatistics year = yearAs(Tenancy.writing(new TenantId(PIDU)), 2025);

        assertThat(year.counties()).extracting(YearStatistics.County::code).containsExactly(PIDU);
        assertThat(year.total().total(StatColumn.TOTAL)).isEqualTo(1);
    }

    @Test
    void aYearOutsideTheRangeIsRefusedWithAReason() {
        assertThatThrownBy(() -> yearAs(supervisor(), 2027))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(
                                ((ValidationException) e).problems().getFirst().messageKey())
                        .isEqualTo("statistics.error.year"));
        assertThatThrownBy(() -> StatisticsFixture.service(em).year(1989)).isInstanceOf(ValidationException.class);
    }
}
