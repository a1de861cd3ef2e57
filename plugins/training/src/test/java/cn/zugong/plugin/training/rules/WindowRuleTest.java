package cn.zugong.plugin.training.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.Period;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WindowRuleTest {

    // DOMAIN T1: per 5 years; the anchor (2023, the national plan 2023-2027 of T5) is a rule value [I].
    private final WindowRule anchored = new WindowRule(5, OptionalInt.of(2023));

    @Test
    void fixedWindowsRunFiveCalendarYearsFromTheAnchor() {
        assertThat(anchored.around(LocalDate.of(2023, 1, 1))).isEqualTo(Period.years(2023, 2027));
        assertThat(anchored.around(LocalDate.of(2027, 12, 31))).isEqualTo(Period.years(2023, 2027));
        assertThat(anchored.around(LocalDate.of(2028, 1, 1))).isEqualTo(Period.years(2028, 2032));
    }

    @Test
    void yearsBeforeTheAnchorFallInEarlierWindows() {
        assertThat(anchored.around(LocalDate.of(2022, 6, 30))).isEqualTo(Period.years(2018, 2022));
    }

    @Test
    void aRollingWindowEndsWithTheCurrentYear() {
        // DOMAIN §1.3: "rolling 5-year window".
        assertThat(new WindowRule(5, OptionalInt.empty()).around(LocalDate.of(2025, 6, 1)))
                .isEqualTo(Period.years(2021, 2025));
    }
}
