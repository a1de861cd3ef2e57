package cn.zugong.plugin.training.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.TrainingRules;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnlineConversionTest {

    // DOMAIN T6 [P] (Yunnan): ≥30 min = 1 学时; 15–30 min = 0.5; ≤15 min (微课) = 0.25; passed test = 0.5.
    private final OnlineConversion yunnan = CreditRules.parse(Map.of(
                    TrainingRules.ONLINE_MINUTE_TIERS, ">=30:1,>15:0.5,>0:0.25",
                    TrainingRules.ONLINE_TEST_HOURS, "0.5"))
            .onlineConversion();

    @Test
    void thirtyMinutesOrMoreGiveOneHour() {
        assertThat(yunnan.hours(30, false)).contains(new BigDecimal("1"));
        assertThat(yunnan.hours(120, false)).contains(new BigDecimal("1"));
    }

    @Test
    void betweenFifteenAndThirtyMinutesGiveHalfAnHour() {
        assertThat(yunnan.hours(29, false)).contains(new BigDecimal("0.5"));
        assertThat(yunnan.hours(16, false)).contains(new BigDecimal("0.5"));
    }

    @Test
    void fifteenMinutesOrLessAreAMicroCourseOfAQuarter() {
        // "≤15 min = 0.25": exactly 15 minutes is a micro-course, not the 15–30 tier.
        assertThat(yunnan.hours(15, false)).contains(new BigDecimal("0.25"));
        assertThat(yunnan.hours(1, false)).contains(new BigDecimal("0.25"));
        assertThat(yunnan.hours(0, false)).contains(BigDecimal.ZERO);
    }

    @Test
    void aPassedTestAddsHalfAnHour() {
        assertThat(yunnan.hours(30, true)).contains(new BigDecimal("1.5"));
    }

    @Test
    void withoutTiersNothingIsConverted() {
        assertThat(CreditRules.national().onlineConversion().hours(30, true)).isEqualTo(Optional.empty());
    }
}
