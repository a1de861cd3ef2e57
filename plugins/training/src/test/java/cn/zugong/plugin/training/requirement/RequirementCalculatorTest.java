package cn.zugong.plugin.training.requirement;

import static cn.zugong.plugin.training.course.CourseMode.CONCENTRATED;
import static cn.zugong.plugin.training.course.CourseMode.FULL_TIME;
import static cn.zugong.plugin.training.course.CourseMode.ONLINE;
import static cn.zugong.plugin.training.course.CourseMode.SELF_STUDY;
import static cn.zugong.plugin.training.requirement.Cadres.cadre;
import static cn.zugong.plugin.training.requirement.Cadres.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.Period;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final LocalDate IN_2025 = LocalDate.of(2025, 5, 10);

    private final CreditRules rules = CreditRules.national();
    private final CadreRef township = cadre("Li Township", "TOWNSHIP_DEPUTY");
    private final CadreRef county = cadre("Wang County", "COUNTY_PRINCIPAL");

    private Assessment.Applicable assess(CadreRef cadre, List<CreditedRecord> records) {
        Assessment a = RequirementCalculator.assess(cadre, records, rules, TODAY);
        assertThat(a).isInstanceOf(Assessment.Applicable.class);
        return (Assessment.Applicable) a;
    }

    private List<CreditedRecord> online50(CadreRef cadre) {
        return List.of(record(cadre, ONLINE, IN_2025, "50", 0));
    }

    private List<CreditedRecord> with(List<CreditedRecord> a, CreditedRecord... more) {
        return java.util.stream.Stream.concat(a.stream(), java.util.Arrays.stream(more))
                .toList();
    }

    @Test
    void townshipCadreWithExactlyNinetyHoursThisYearMeetsIt() {
        // DOMAIN T3: 乡科级 ≥ 90 学时 a year.
        PeriodStanding year = assess(township, with(online50(township), record(township, FULL_TIME, IN_2025, "90", 10)))
                .year();
        assertThat(year.period()).isEqualTo(Period.years(2025, 2025));
        assertThat(year.requiredHours()).isEqualByComparingTo("90");
        assertThat(year.achievedHours()).isEqualByComparingTo("90");
        assertThat(year.trainingMet()).isTrue();
        assertThat(year.hoursGap()).isEqualByComparingTo("0");
        assertThat(year.met()).isTrue();
    }

    @Test
    void townshipCadreWithEightyNinePointNineHoursIsShortByATenth() {
        // DOMAIN T3: 乡科级 ≥ 90 学时 a year.
        PeriodStanding year = assess(
                        township,
                        with(
                                online50(township),
                                record(township, FULL_TIME, IN_2025, "60", 8),
                                record(township, CONCENTRATED, IN_2025, "29.9", 3)))
                .year();
        assertThat(year.achievedHours()).isEqualByComparingTo("89.9");
        assertThat(year.achievedDays()).isEqualTo(11);
        assertThat(year.met()).isFalse();
        assertThat(year.hoursGap()).isEqualByComparingTo("0.1");
        assertThat(year.daysGap()).isEqualTo(1);
    }

    @Test
    void twelveDaysMeetTheTownshipRequirementWithFewerHours() {
        // DOMAIN T3: "≥ 12 days or ≥ 90 学时".
        PeriodStanding year = assess(
                        township, with(online50(township), record(township, CONCENTRATED, IN_2025, "60", 12)))
                .year();
        assertThat(year.trainingMet()).isTrue();
        assertThat(year.hoursGap()).isEqualByComparingTo("0");
        assertThat(year.daysGap()).isZero();
    }

    @Test
    void onlineHoursAreRequiredApartAndDoNotCountTowardsTheTrainingHours() {
        // DOMAIN T5 [P]: ≥ 50 online 学时 a year for every cadre; T3 counts 集中 training.
        PeriodStanding year = assess(
                        township,
                        List.of(
                                record(township, FULL_TIME, IN_2025, "90", 10),
                                record(township, ONLINE, IN_2025, "49.9", 0)))
                .year();
        assertThat(year.trainingMet()).isTrue();
        assertThat(year.achievedHours()).isEqualByComparingTo("90");
        assertThat(year.onlineHours()).isEqualByComparingTo("49.9");
        assertThat(year.onlineMet()).isFalse();
        assertThat(year.onlineGap()).isEqualByComparingTo("0.1");
        assertThat(year.met()).isFalse();
    }

    @Test
    void exactlyFiftyOnlineHoursMeetTheOnlineRequirement() {
        // DOMAIN T5 [P]: ≥ 50 学时 a year.
        assertThat(assess(county, online50(county)).year().onlineMet()).isTrue();
    }

    @Test
    void selfStudyCountsTowardsNeitherRequirementByDefault() {
        // DOMAIN T1/T3 count 脱产 and recognized 集中 training; T5 online study.
        PeriodStanding year = assess(township, List.of(record(township, SELF_STUDY, IN_2025, "90", 12)))
                .year();
        assertThat(year.achievedHours()).isEqualByComparingTo("0");
        assertThat(year.onlineHours()).isEqualByComparingTo("0");
    }

    @Test
    void whichModesCountIsARuleValue() {
        CreditRules withOnline =
                CreditRules.parse(Map.of(TrainingRules.COUNTED_MODES, "FULL_TIME,CONCENTRATED,ONLINE"));
        Assessment a = RequirementCalculator.assess(
                township, List.of(record(township, ONLINE, IN_2025, "90", 0)), withOnline, TODAY);
        assertThat(((Assessment.Applicable) a).year().trainingMet()).isTrue();
    }

    @Test
    void recordsOfOtherYearsDoNotCountThisYear() {
        PeriodStanding year = assess(
                        township,
                        with(
                                online50(township),
                                record(township, FULL_TIME, LocalDate.of(2024, 12, 31), "90", 12),
                                record(township, FULL_TIME, LocalDate.of(2026, 1, 1), "90", 12)))
                .year();
        assertThat(year.achievedHours()).isEqualByComparingTo("0");
        assertThat(year.met()).isFalse();
    }

    @Test
    void townshipCadresHaveNoWindowAmount() {
        // DOMAIN T3 is per year; only T1 is per window.
        PeriodStanding window = assess(township, List.of()).window();
        assertThat(window.hasRequirement()).isFalse();
        assertThat(window.met()).isTrue();
    }

    @Test
    void countyCadreWithExactly550HoursInTheWindowMeetsIt() {
        // DOMAIN T1: 县处级 ≥ 550 学时 per 5 years, cumulative; the window 2023-2027 is a rule value.
        PeriodStanding window = assess(
                        county,
                        List.of(
                                record(county, FULL_TIME, LocalDate.of(2023, 3, 1), "300", 30),
                                record(county, CONCENTRATED, LocalDate.of(2025, 9, 1), "250", 30)))
                .window();
        assertThat(window.period()).isEqualTo(Period.years(2023, 2027));
        assertThat(window.requiredHours()).isEqualByComparingTo("550");
        assertThat(window.met()).isTrue();
    }

    @Test
    void countyCadreWith549Point9HoursInTheWindowIsShort() {
        // DOMAIN T1: ≥ 550 学时 or ≥ 3 months per 5 years.
        PeriodStanding window = assess(
                        county,
                        List.of(
                                record(county, FULL_TIME, LocalDate.of(2023, 3, 1), "300", 30),
                                record(county, CONCENTRATED, LocalDate.of(2025, 9, 1), "249.9", 30),
                                record(county, FULL_TIME, LocalDate.of(2022, 12, 31), "100", 10)))
                .window();
        assertThat(window.achievedHours()).isEqualByComparingTo("549.9");
        assertThat(window.met()).isFalse();
        assertThat(window.hoursGap()).isEqualByComparingTo("0.1");
        assertThat(window.daysGap()).isEqualTo(30);
    }

    @Test
    void threeMonthsOfTrainingDaysMeetTheCountyRequirement() {
        // DOMAIN T1, V-T1 [I]: "3 months" as a configurable day count, 90 by default.
        PeriodStanding window = assess(county, List.of(record(county, FULL_TIME, IN_2025, "400", 90)))
                .window();
        assertThat(window.trainingMet()).isTrue();
        assertThat(assess(county, List.of(record(county, FULL_TIME, IN_2025, "400", 89)))
                        .window()
                        .trainingMet())
                .isFalse();
    }

    @Test
    void countyCadresHaveNoYearlyTrainingAmountButTheOnlineOne() {
        // DOMAIN T1 is per window; T5 applies to every category of cadre.
        PeriodStanding year = assess(county, List.of()).year();
        assertThat(year.hasRequirement()).isFalse();
        assertThat(year.trainingMet()).isTrue();
        assertThat(year.onlineMet()).isFalse();
        assertThat(year.onlineGap()).isEqualByComparingTo("50");
    }

    @Test
    void bureauLevelCadresFallUnderTheCountyRequirement() {
        // DOMAIN T1: 县处级 "and above".
        assertThat(assess(cadre("Zhao", "BUREAU_DEPUTY"), List.of()).tier()).isEqualTo(Tier.COUNTY_AND_ABOVE);
        assertThat(assess(cadre("Qian", "COUNTY_DEPUTY"), List.of()).tier()).isEqualTo(Tier.COUNTY_AND_ABOVE);
        assertThat(assess(cadre("Sun", "TOWNSHIP_PRINCIPAL"), List.of()).tier()).isEqualTo(Tier.TOWNSHIP);
    }

    @Test
    void aCadreWithoutPostLevelIsNotApplicableWithAReason() {
        Assessment a = RequirementCalculator.assess(cadre("Zhou", null), List.of(), rules, TODAY);
        assertThat(a)
                .isEqualTo(new Assessment.NotApplicable(a.cadre(), RequirementCalculator.NO_POST_LEVEL, List.of()));
    }

    @Test
    void anUnknownPostLevelIsNotApplicableAndNamed() {
        Assessment a = RequirementCalculator.assess(cadre("Wu", "SECTION_MEMBER"), List.of(), rules, TODAY);
        assertThat(a)
                .isEqualTo(new Assessment.NotApplicable(
                        a.cadre(), RequirementCalculator.UNKNOWN_POST_LEVEL, List.of("SECTION_MEMBER")));
    }

    @Test
    void aCadreNoLongerInOfficeIsNotApplicable() {
        CadreRef retired = new CadreRef(
                township.id(),
                township.tenant(),
                township.name(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                township.postLevel(),
                false);
        assertThat(RequirementCalculator.assess(retired, List.of(), rules, TODAY))
                .isInstanceOfSatisfying(Assessment.NotApplicable.class, n -> assertThat(n.reasonKey())
                        .isEqualTo(RequirementCalculator.NOT_IN_OFFICE));
    }

    @Test
    void anotherCadresRecordsAreIgnored() {
        PeriodStanding year = assess(township, List.of(record(county, FULL_TIME, IN_2025, "90", 12)))
                .year();
        assertThat(year.achievedHours()).isEqualByComparingTo("0");
    }
}
