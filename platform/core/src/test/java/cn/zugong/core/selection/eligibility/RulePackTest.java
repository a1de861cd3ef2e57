package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pack is in force for a province at a date. */
class RulePackTest {

    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    private static EligibilityRulePack sichuan(int version, String from, String to, String lines) {
        return new EligibilityRulePack(
                "51", version, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), lines, "test");
    }

    @Test
    void aProvinceWithoutAPackGetsTheNationalOne() {
        RulePack pack =
                RulePack.resolve(List.of(Packs.national()), "44", JAN_2025).orElseThrow();

        assertThat(pack.applied()).extracting(EligibilityRulePack::getProvince).containsExactly("00");
        assertThat(pack.parameters().minWorkYears()).isEqualTo(5);
    }

    @Test
    void aProvincialPackOverridesOnlyWhatItStates() {
        EligibilityRulePack sichuan = sichuan(1, "2024-01-01", null, "county.min-grassroots-years=3");

        RulePack pack = RulePack.resolve(List.of(Packs.national(), sichuan), "51", JAN_2025)
                .orElseThrow();

        assertThat(pack.applied()).extracting(EligibilityRulePack::getProvince).containsExactly("00", "51");
        assertThat(pack.parameters().minGrassrootsYears()).isEqualTo(3);
        assertThat(pack.parameters().minWorkYears()).isEqualTo(5);
    }

    @Test
    void aPackCountsFromItsFirstToItsLastDayBothIncluded() {
        EligibilityRulePack sichuan = sichuan(1, "2024-01-01", "2024-12-31", "county.min-grassroots-years=3");
        List<EligibilityRulePack> packs = List.of(Packs.national(), sichuan);

        assertThat(grassroots(packs, LocalDate.of(2023, 12, 31))).isEqualTo(2);
        assertThat(grassroots(packs, LocalDate.of(2024, 1, 1))).isEqualTo(3);
        assertThat(grassroots(packs, LocalDate.of(2024, 12, 31))).isEqualTo(3);
        assertThat(grassroots(packs, JAN_2025)).isEqualTo(2);
    }

    @Test
    void theHighestVersionInForceCounts() {
        List<EligibilityRulePack> packs = List.of(
                Packs.national(),
                sichuan(1, "2020-01-01", null, "county.min-grassroots-years=3"),
                sichuan(2, "2024-06-01", null, "county.min-grassroots-years=4"));

        assertThat(grassroots(packs, LocalDate.of(2024, 5, 31))).isEqualTo(3);
        assertThat(grassroots(packs, LocalDate.of(2024, 6, 1))).isEqualTo(4);
    }

    @Test
    void beforeAnyPackThereIsNone() {
        assertThat(RulePack.resolve(List.of(Packs.national()), "51", LocalDate.of(2014, 1, 13)))
                .isEmpty();
    }

    @Test
    void anIncompleteProvincialPackWithoutTheNationalOneIsAnError() {
        List<EligibilityRulePack> packs = List.of(sichuan(1, "2000-01-01", null, "county.min-grassroots-years=3"));

        assertThatThrownBy(() -> RulePack.resolve(packs, "51", LocalDate.of(2010, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProvinceIsTheFirstTwoDigitsOfTheTenant() {
        assertThat(RulePack.provinceOf("510115")).isEqualTo("51");
    }

    private static int grassroots(List<EligibilityRulePack> packs, LocalDate at) {
        return RulePack.resolve(packs, "51", at).orElseThrow().parameters().minGrassrootsYears();
    }
}
