package cn.zugong.core.plugin.context;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.rules.RulePack;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** National, then provincial, then county values, each the version in force on the date. */
class RulePackResolverTest {

    private static final List<RulePack> PACKS = List.of(
            new RulePack("training.hours", "00", LocalDate.of(2015, 1, 1), Map.of("township", "80", "online", "40")),
            new RulePack("training.hours", "00", LocalDate.of(2023, 10, 16), Map.of("township", "90", "online", "50")),
            new RulePack("training.hours", "53", LocalDate.of(2024, 1, 1), Map.of("online", "60")),
            new RulePack("other.pack", "00", LocalDate.of(2000, 1, 1), Map.of("township", "1")));

    @Test
    void theNationalVersionInForceOnTheDateApplies() {
        assertThat(RulePackResolver.effective(PACKS, "training.hours", "510115", LocalDate.of(2020, 5, 1), Map.of()))
                .isEqualTo(Map.of("township", "80", "online", "40"));
        assertThat(RulePackResolver.effective(PACKS, "training.hours", "510115", LocalDate.of(2023, 10, 16), Map.of()))
                .isEqualTo(Map.of("township", "90", "online", "50"));
    }

    @Test
    void aProvinceOverridesKeyByKeyFromItsOwnDate() {
        assertThat(RulePackResolver.effective(PACKS, "training.hours", "530102", LocalDate.of(2023, 12, 31), Map.of()))
                .containsEntry("online", "50");
        assertThat(RulePackResolver.effective(PACKS, "training.hours", "530102", LocalDate.of(2024, 1, 1), Map.of()))
                .isEqualTo(Map.of("township", "90", "online", "60"));
    }

    @Test
    void aCountyOverrideComesLast() {
        assertThat(RulePackResolver.effective(
                        PACKS, "training.hours", "530102", LocalDate.of(2025, 1, 1), Map.of("online", "70")))
                .isEqualTo(Map.of("township", "90", "online", "70"));
    }

    @Test
    void nothingIsInForceBeforeTheFirstVersion() {
        assertThat(RulePackResolver.effective(PACKS, "training.hours", "510115", LocalDate.of(2014, 12, 31), Map.of()))
                .isEmpty();
    }
}
