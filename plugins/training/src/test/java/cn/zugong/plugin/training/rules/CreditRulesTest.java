package cn.zugong.plugin.training.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.course.CourseMode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CreditRulesTest {

    private final CreditRules national = CreditRules.national();

    @Test
    void nationalValuesAreThoseOfTheTrainingRegulations() {
        // DOMAIN T1: 550 hours or 3 months per 5 years; T3: 90 hours or 12 days a year; T5: 50 online
        // hours a year; T7: leave at most 1/7; T2: make up within 1 year.
        assertThat(national.countyHoursPerWindow()).isEqualByComparingTo("550");
        assertThat(national.countyDaysPerWindow()).isEqualTo(90);
        assertThat(national.window()).isEqualTo(new WindowRule(5, OptionalInt.of(2023)));
        assertThat(national.townshipHoursPerYear()).isEqualByComparingTo("90");
        assertThat(national.townshipDaysPerYear()).isEqualTo(12);
        assertThat(national.onlineHoursPerYear()).isEqualByComparingTo("50");
        assertThat(national.countedModes()).containsExactlyInAnyOrder(CourseMode.FULL_TIME, CourseMode.CONCENTRATED);
        assertThat(national.onlineModes()).containsExactly(CourseMode.ONLINE);
        assertThat(national.leaveDivisor()).isEqualTo(7);
        assertThat(national.maxHoursPerDay()).isEqualByComparingTo("8");
        assertThat(national.makeUpMonths()).isEqualTo(12);
        assertThat(national.reminderLeadDays()).isEqualTo(30);
    }

    @Test
    void aCountyOverridesOneKeyAndKeepsTheOthers() {
        // DOMAIN T5 [P]: the online amount is set by plans, so a county may change it.
        CreditRules rules = CreditRules.parse(Map.of(TrainingRules.ONLINE_HOURS_PER_YEAR, "40"));
        assertThat(rules.onlineHoursPerYear()).isEqualByComparingTo("40");
        assertThat(rules.townshipHoursPerYear()).isEqualByComparingTo("90");
    }

    @Test
    void aRollingWindowIsARuleValue() {
        // DOMAIN §1.3: "calendar year, or rolling 5-year window".
        CreditRules rules = CreditRules.parse(Map.of(TrainingRules.WINDOW_START, "rolling"));
        assertThat(rules.window()).isEqualTo(new WindowRule(5, OptionalInt.empty()));
    }

    @Test
    void unreadableValuesAreAllReportedByKey() {
        Map<String, String> bad = Map.of(
                TrainingRules.TOWNSHIP_HOURS_PER_YEAR, "ninety",
                TrainingRules.LEAVE_DIVISOR, "0",
                TrainingRules.COUNTED_MODES, "FULL_TIME,EVENING",
                TrainingRules.ONLINE_MINUTE_TIERS, "30=1");
        assertThat(CreditRules.problems(bad))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        TrainingRules.TOWNSHIP_HOURS_PER_YEAR,
                        TrainingRules.LEAVE_DIVISOR,
                        TrainingRules.COUNTED_MODES,
                        TrainingRules.ONLINE_MINUTE_TIERS);
        assertThat(CreditRules.problems(bad))
                .filteredOn(p -> p.field().equals(TrainingRules.TOWNSHIP_HOURS_PER_YEAR))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.key()).isEqualTo(RuleReader.BAD_VALUE);
                    assertThat(p.args()).containsExactly(TrainingRules.TOWNSHIP_HOURS_PER_YEAR, "ninety");
                });
        assertThatIllegalArgumentException().isThrownBy(() -> CreditRules.parse(bad));
    }

    @Test
    void negativeHoursAreNotARule() {
        assertThat(CreditRules.problems(Map.of(TrainingRules.COUNTY_HOURS_PER_WINDOW, "-550")))
                .extracting(Problem::field)
                .containsExactly(TrainingRules.COUNTY_HOURS_PER_WINDOW);
    }

    @Test
    void leaveOfExactlyOneSeventhIsNotOverTheLimit() {
        // DOMAIN T7: total leave ≤ 1/7 of total hours; over this → 退学.
        assertThat(national.leaveExceeded(new BigDecimal("10"), new BigDecimal("70")))
                .isFalse();
        assertThat(national.leaveExceeded(new BigDecimal("10.1"), new BigDecimal("70")))
                .isTrue();
    }

    @Test
    void leaveIsComparedWithoutRoundingOneSeventh() {
        // DOMAIN T7: 1/7 of 90 hours is 12.857…; 12.8 is within it, 12.9 over it.
        assertThat(national.leaveExceeded(new BigDecimal("12.8"), new BigDecimal("90")))
                .isFalse();
        assertThat(national.leaveExceeded(new BigDecimal("12.9"), new BigDecimal("90")))
                .isTrue();
        assertThat(national.leaveLimit(new BigDecimal("90"))).isEqualByComparingTo("12.8");
    }

    @Test
    void daysBoundHoursByTheDailyMaximum() {
        assertThat(national.maxHours(3)).isEqualByComparingTo("24");
    }
}
