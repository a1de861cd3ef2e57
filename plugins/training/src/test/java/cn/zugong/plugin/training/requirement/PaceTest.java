package cn.zugong.plugin.training.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.rules.RuleProblem;
import cn.zugong.plugin.training.Period;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.rules.CreditRules;
import cn.zugong.plugin.training.rules.PaceRule;
import cn.zugong.plugin.training.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Falling behind during a period: [I] rule values {@code pace.year.checkpoints} (national: half of
 * the year's requirement from 1 July, three quarters from 1 October) and {@code pace.window} (the
 * window's share of years past). DOMAIN gives no figure (V-T6 is a county's local rule), so both are
 * configurable.
 */
class PaceTest {

    private final PaceRule national = CreditRules.national().pace();
    private static final Period YEAR = Period.years(2025, 2025);
    private static final Period WINDOW = Period.years(2023, 2027);

    /** A township cadre (T3: 90 hours or 12 days a year; T5: 50 online hours). */
    private static Assessment.Applicable township(String hours, int days, String online) {
        PeriodStanding year = new PeriodStanding(
                YEAR,
                new BigDecimal("90"),
                12,
                new BigDecimal(hours),
                days,
                new BigDecimal("50"),
                new BigDecimal(online));
        PeriodStanding window = new PeriodStanding(
                WINDOW, BigDecimal.ZERO, 0, new BigDecimal(hours), days, BigDecimal.ZERO, new BigDecimal(online));
        return new Assessment.Applicable(Fixtures.cadre("T", "TOWNSHIP_DEPUTY"), Tier.TOWNSHIP, year, window);
    }

    /** A county-level cadre (T1: 550 hours or 90 days in the window), online study met. */
    private static Assessment.Applicable county(String windowHours) {
        PeriodStanding year = new PeriodStanding(
                YEAR, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, new BigDecimal("50"), new BigDecimal("50"));
        PeriodStanding window = new PeriodStanding(
                Period.years(2023, 2027),
                new BigDecimal("550"),
                90,
                new BigDecimal(windowHours),
                0,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        return new Assessment.Applicable(Fixtures.cadre("C", "COUNTY_DEPUTY"), Tier.COUNTY_AND_ABOVE, year, window);
    }

    @Test
    void fromTheFirstOfJulyHalfOfTheYearsHoursAreExpected() {
        Assessment.Applicable cadre = township("44.9", 5, "50");
        assertThat(Pace.behind(cadre, LocalDate.of(2025, 6, 30), national)).isEmpty();
        assertThat(Pace.behind(cadre, LocalDate.of(2025, 7, 1), national))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.isYear()).isTrue();
                    assertThat(b.expectedHours()).isEqualByComparingTo("45");
                    assertThat(b.achievedHours()).isEqualByComparingTo("44.9");
                    assertThat(b.expectedOnline()).as("online study is on pace").isZero();
                });
        assertThat(Pace.behind(township("45", 5, "50"), LocalDate.of(2025, 7, 1), national))
                .as("exactly half is on pace")
                .isEmpty();
    }

    @Test
    void daysAreTheAlternativeAndFromOctoberThreeQuartersAreExpected() {
        // T3: 90 hours or 12 days; 6 days by 1 July is half of the days.
        assertThat(Pace.behind(township("10", 6, "50"), LocalDate.of(2025, 7, 1), national))
                .isEmpty();
        // From 1 October: 67.5 hours or 9 days; 8 days and 60 hours is behind.
        assertThat(Pace.behind(township("60", 8, "50"), LocalDate.of(2025, 10, 1), national))
                .singleElement()
                .satisfies(b -> assertThat(b.expectedHours()).isEqualByComparingTo("67.5"));
    }

    @Test
    void onlineStudyBehindIsReportedApart() {
        // T5: 50 online hours; 3/4 expected from 1 October = 37.5.
        assertThat(Pace.behind(township("90", 12, "37"), LocalDate.of(2025, 10, 1), national))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.expectedHours()).as("training met").isZero();
                    assertThat(b.expectedOnline()).isEqualByComparingTo("37.5");
                });
    }

    @Test
    void inTheWindowTheShareOfItsYearsPastIsExpected() {
        // T1 window 2023-2027: in 2025, two of five years past = 220 of 550 hours.
        assertThat(Pace.behind(county("219"), LocalDate.of(2025, 3, 1), national))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.isYear()).isFalse();
                    assertThat(b.share()).isEqualByComparingTo("0.4");
                    assertThat(b.percent()).isEqualTo(40);
                    assertThat(b.expectedHours()).isEqualByComparingTo("220");
                });
        assertThat(Pace.behind(county("220"), LocalDate.of(2025, 3, 1), national))
                .isEmpty();
        PaceRule off =
                CreditRules.parse(Map.of(TrainingRules.PACE_WINDOW, "false")).pace();
        assertThat(Pace.behind(county("0"), LocalDate.of(2025, 3, 1), off)).isEmpty();
    }

    @Test
    void aCountyMayChangeTheCheckpointsAndAnUnreadableValueIsNamed() {
        PaceRule early = CreditRules.parse(Map.of(TrainingRules.PACE_YEAR_CHECKPOINTS, "04-01:0.25"))
                .pace();
        assertThat(Pace.behind(township("20", 2, "50"), LocalDate.of(2025, 4, 1), early))
                .singleElement()
                .satisfies(b -> assertThat(b.expectedHours()).isEqualByComparingTo("22.5"));
        assertThat(new TrainingRules()
                        .problems(
                                TrainingRules.PACK_ID,
                                Map.of(
                                        TrainingRules.PACE_YEAR_CHECKPOINTS,
                                        "July:half",
                                        TrainingRules.PACE_WINDOW,
                                        "yes")))
                .extracting(RuleProblem::ruleKey)
                .containsExactlyInAnyOrder(TrainingRules.PACE_YEAR_CHECKPOINTS, TrainingRules.PACE_WINDOW);
        assertThat(new TrainingRules()
                        .problems(TrainingRules.PACK_ID, Map.of(TrainingRules.ONLINE_HOURS_PER_YEAR, "-3")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.ruleKey()).isEqualTo(TrainingRules.ONLINE_HOURS_PER_YEAR);
                    assertThat(p.messageKey()).isEqualTo("training.rules.badValue");
                });
    }
}
