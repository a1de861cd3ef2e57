package cn.zugong.plugin.training.service;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.OTHER_COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.indicator.Measure;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.extension.WindowCompletion;
import cn.zugong.plugin.training.extension.YearCompletion;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.TenantStandings;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StandingServiceTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final Steps steps = new Steps(platform, COUNTY);

    private final CadreRef townshipMet = platform.cadre(Fixtures.cadre("A township met", "TOWNSHIP_PRINCIPAL"), null);
    private final CadreRef townshipShort = platform.cadre(Fixtures.cadre("B township short", "TOWNSHIP_DEPUTY"), null);
    private final CadreRef countyMet = platform.cadre(Fixtures.cadre("C county met", "COUNTY_PRINCIPAL"), null);
    private final CadreRef countyShort = platform.cadre(Fixtures.cadre("D county short", "COUNTY_DEPUTY"), null);
    private final CadreRef noLevel = platform.cadre(Fixtures.cadre("E no level", null), null);

    @BeforeEach
    void credit() {
        // T3: 90 hours this year; T5: 50 online hours this year, for everyone.
        steps.credited(course("Township class", CourseMode.CONCENTRATED, TODAY, 12, "90"), townshipMet);
        steps.credited(course("Online A", CourseMode.ONLINE, TODAY, 0, "50"), townshipMet);
        steps.credited(course("Township class short", CourseMode.CONCENTRATED, TODAY, 8, "60"), townshipShort);
        steps.credited(course("Online B", CourseMode.ONLINE, TODAY, 0, "50"), townshipShort);
        // T1: 550 hours in the window 2023-2027, credited in 2024 and this year.
        LocalDate lastYear = LocalDate.of(2024, 11, 29);
        steps.credited(course("County class 2024", CourseMode.FULL_TIME, lastYear, 40, "300"), countyMet);
        steps.credited(course("County class 2025", CourseMode.FULL_TIME, TODAY, 40, "250"), countyMet);
        steps.credited(course("County class short", CourseMode.FULL_TIME, TODAY, 20, "100"), countyShort);
        // County-level cadres owe T5 online study too; C has it, D not.
        steps.credited(course("Online C", CourseMode.ONLINE, TODAY, 0, "50"), countyMet);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theShortfallListsWhoIsShortThisYearAndInTheFiveYearWindow() {
        // DOMAIN V-T2 (T3) and V-T4 (T5) for the year, V-T1 (T1) for the window 2023-2027.
        TenantStandings standings = new StandingService(platform).standings(COUNTY, TODAY);

        assertThat(standings.shortThisYear())
                .extracting(a -> a.cadre().name())
                .containsExactly("B township short", "D county short");
        assertThat(standings.shortInWindow()).extracting(a -> a.cadre().name()).containsExactly("D county short");
        Assessment.Applicable shortOne = standings.shortThisYear().getFirst();
        assertThat(shortOne.year().hoursGap()).isEqualByComparingTo("30");
        assertThat(shortOne.year().daysGap()).isEqualTo(4);
        assertThat(standings.shortInWindow().getFirst().window().hoursGap()).isEqualByComparingTo("450");
        assertThat(standings.notApplicable())
                .singleElement()
                .satisfies(a -> assertThat(a.cadre().name()).isEqualTo("E no level"));
    }

    @Test
    void theIndicatorsCountWhoMetTheYearsAndTheWindowsRequirementAmongThoseItAppliesTo() {
        // DOMAIN T1/T3/T5: year: 4 cadres owe something this year (T3 or T5), 2 met it (A, C);
        // window: 2 cadres of xianchu level owe T1, 1 met it (C). E has no post level: no requirement.
        assertThat(new YearCompletion(platform).measure(COUNTY)).isEqualTo(new Measure(2, 4));
        assertThat(new WindowCompletion(platform).measure(COUNTY)).isEqualTo(new Measure(1, 2));
        // The supervisor's figure is the sum over counties (the platform's default aggregate).
        platform.cadre(Fixtures.cadre(OTHER_COUNTY, "F other county", "TOWNSHIP_DEPUTY"), null);
        platform.actAs(TestTenancy.reading(Set.of(OTHER_COUNTY)));
        Measure other = new YearCompletion(platform).measure(OTHER_COUNTY);
        assertThat(other).isEqualTo(new Measure(0, 1));
        assertThat(new YearCompletion(platform).aggregate(List.of(new Measure(2, 4), other)))
                .isEqualTo(new Measure(2, 5));
    }

    @Test
    void aCountysOverrideOfTheRulesChangesTheStanding() {
        // DOMAIN [I] rule table: a county may override a value, e.g. no online amount (T5 = 0).
        platform.rulePacks().override(COUNTY, TrainingRules.ONLINE_HOURS_PER_YEAR, "0");
        assertThat(new YearCompletion(platform).measure(COUNTY)).isEqualTo(new Measure(1, 2));
        platform.rulePacks().override(COUNTY, TrainingRules.ONLINE_HOURS_PER_YEAR, "lots");
        assertThat(new YearCompletion(platform).measure(COUNTY)).isEqualTo(new Measure(0, 0));
    }
}
