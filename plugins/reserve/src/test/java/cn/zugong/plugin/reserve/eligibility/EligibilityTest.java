package cn.zugong.plugin.reserve.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.Holding;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.ReserveRules;
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.rules.RuleValues;
import cn.zugong.plugin.reserve.rules.TierRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** DOMAIN §3.2 [P] (gwyoo.com 2008): 正科 reserve >= 1 year as 副科, >= 大专, age <= 45; V-R3. */
class EligibilityTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);
    private final TierRule principal =
            RuleValues.of(ReserveRules.defaults()).tier("PRINCIPAL").orElseThrow();
    private final List<Holding> deputySince2025 = List.of(holding("TOWNSHIP_DEPUTY", LocalDate.of(2025, 6, 30)));

    @Test
    void aCadreExactly45OnTheReferenceDateIsEligibleAndOneDayOlderIsStill45() {
        // Born 1981-06-30: 45 on the reference date itself.
        assertThat(check(LocalDate.of(1981, 6, 30))).isEmpty();
        // Born 1980-07-01: 45 until 2026-07-01, the day after the reference date.
        assertThat(check(LocalDate.of(1980, 7, 1))).isEmpty();
    }

    @Test
    void aCadreWhoTurned46OnTheReferenceDateIsTooOld() {
        assertThat(check(LocalDate.of(1980, 6, 30)))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.tooOld");
    }

    @Test
    void theAgeIsTakenAtTheBatchsReferenceDateNotToday() {
        assertThat(Eligibility.ageOn(LocalDate.of(1980, 6, 30), LocalDate.of(2026, 6, 29)))
                .isEqualTo(45);
        assertThat(Eligibility.ageOn(LocalDate.of(1980, 6, 30), LocalDate.of(2026, 6, 30)))
                .isEqualTo(46);
    }

    @Test
    void exactlyOneYearAtTheLevelBelowIsEnoughAndOneDayLessIsNot() {
        assertThat(Eligibility.check(
                        principal,
                        Optional.of(LocalDate.of(1990, 1, 1)),
                        Optional.of(Education.BACHELOR),
                        List.of(holding("TOWNSHIP_DEPUTY", LocalDate.of(2025, 7, 1))),
                        REFERENCE))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.lowerLevel");
        assertThat(check(LocalDate.of(1990, 1, 1))).isEmpty();
    }

    @Test
    void aPostAtAnotherLevelDoesNotCount() {
        assertThat(Eligibility.check(
                        principal,
                        Optional.of(LocalDate.of(1990, 1, 1)),
                        Optional.of(Education.BACHELOR),
                        List.of(holding("TOWNSHIP_PRINCIPAL", LocalDate.of(2020, 1, 1))),
                        REFERENCE))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.lowerLevel");
    }

    @Test
    void educationBelowJuniorCollegeAndMissingFactsAreProblems() {
        assertThat(Eligibility.check(
                        principal,
                        Optional.of(LocalDate.of(1990, 1, 1)),
                        Optional.of(Education.SECONDARY),
                        deputySince2025,
                        REFERENCE))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.education");
        assertThat(Eligibility.check(principal, Optional.empty(), Optional.empty(), deputySince2025, REFERENCE))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.noBirthDate", "reserve.eligibility.noEducation");
    }

    @Test
    void theDeputyTierDoesNotCheckYearsUntilTheCountyNamesTheLevels() {
        TierRule deputy = RuleValues.of(ReserveRules.defaults()).tier("DEPUTY").orElseThrow();
        // 40 on the reference date: eligible; no posts at all: not a problem for this tier.
        assertThat(Eligibility.check(
                        deputy,
                        Optional.of(LocalDate.of(1986, 6, 30)),
                        Optional.of(Education.JUNIOR_COLLEGE),
                        List.of(),
                        REFERENCE))
                .isEmpty();
    }

    private List<Problem> check(LocalDate birthDate) {
        return Eligibility.check(
                principal, Optional.of(birthDate), Optional.of(Education.JUNIOR_COLLEGE), deputySince2025, REFERENCE);
    }

    private static Holding holding(String level, LocalDate start) {
        return new Holding(
                UUID.randomUUID(),
                Optional.empty(),
                Optional.empty(),
                "镇政府",
                "副镇长",
                Optional.of(level),
                false,
                false,
                true,
                start,
                Optional.empty(),
                Optional.empty());
    }
}
