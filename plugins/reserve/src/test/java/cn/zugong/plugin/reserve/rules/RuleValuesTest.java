package cn.zugong.plugin.reserve.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.ReserveRules;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RuleValuesTest {

    @Test
    void theNationalPackGivesBothTiersWithTheirPublishedValues() {
        RuleValues rules = RuleValues.of(ReserveRules.defaults());
        assertThat(rules.tiers()).containsOnlyKeys("PRINCIPAL", "DEPUTY");
        TierRule principal = rules.tier("PRINCIPAL").orElseThrow();
        // gwyoo.com 2008: 正科 reserve >= 1 year as 副科, >= 大专, <= 45.
        assertThat(principal.lowerLevelYears()).isEqualTo(OptionalInt.of(1));
        assertThat(principal.lowerLevels()).containsExactly("TOWNSHIP_DEPUTY");
        assertThat(principal.minEducation()).isEqualTo(Education.JUNIOR_COLLEGE);
        assertThat(principal.maxAge()).isEqualTo(45);
        assertThat(rules.tier("DEPUTY").orElseThrow().maxAge()).isEqualTo(40);
        // tftnews: 近期 >= 1/3; 6dgww: women >= 25 %, non-party >= 10 %; no national under-35 share.
        assertThat(rules.minShare(Dimension.NEAR_TERM)).contains(new Share(1, 3));
        assertThat(rules.minShare(Dimension.WOMEN)).contains(new Share(25, 100));
        assertThat(rules.minShare(Dimension.NON_PARTY)).contains(new Share(10, 100));
        assertThat(rules.minShare(Dimension.UNDER_AGE)).isEmpty();
        // 选拔任用条例 [V]: 注重使用后备干部, at 动议 for 正职 promotions.
        assertThat(rules.principalTier()).contains("PRINCIPAL");
        // wenku365 [P]: 正科 reserves back the 正科 posts, 副科 reserves the 副科 posts (职数).
        assertThat(principal.postLevels()).containsExactly("TOWNSHIP_PRINCIPAL");
        assertThat(rules.tier("DEPUTY").orElseThrow().postLevels()).containsExactly("TOWNSHIP_DEPUTY");
        // DOMAIN §3.4 [I]: the six exit reasons, configurable; reminders 12 months ahead.
        assertThat(rules.exitReasons()).containsExactly(ExitReason.values());
        assertThat(rules.ageWarningMonths()).isEqualTo(12);
    }

    @Test
    void theExampleProvinceTightensOnTopOfTheNationalValues() {
        Map<String, String> effective = new HashMap<>(ReserveRules.defaults());
        effective.putAll(ReserveRules.example());
        RuleValues rules = RuleValues.of(effective);
        assertThat(rules.minShare(Dimension.WOMEN)).contains(new Share(20, 100));
        assertThat(rules.tier("PRINCIPAL").orElseThrow().maxPerPost()).isEqualTo(2.0);
    }

    @Test
    void aCountysOwnTierAndAnnualTargetsAreRead() {
        // The "5432" of one city, as a county would enter it (DOMAIN §3.2: customer-specific).
        Map<String, String> effective = new HashMap<>(ReserveRules.defaults());
        effective.put("tiers", "PRINCIPAL,DEPUTY,TOWN_HEAD");
        effective.put("tier.TOWN_HEAD.education.min", "BACHELOR");
        effective.put("tier.TOWN_HEAD.age.max", "38");
        effective.put("tier.TOWN_HEAD.perPost.max", "1.5");
        effective.put("tier.PRINCIPAL.annual.COUNT", "50");
        effective.put("tier.PRINCIPAL.annual.UNDER_AGE", "40");
        RuleValues rules = RuleValues.of(effective);
        assertThat(rules.tiers()).containsOnlyKeys("PRINCIPAL", "DEPUTY", "TOWN_HEAD");
        assertThat(rules.tier("TOWN_HEAD").orElseThrow().lowerLevelYears()).isEmpty();
        assertThat(rules.tier("PRINCIPAL").orElseThrow().annualTarget(Dimension.COUNT))
                .contains(50);
        assertThat(rules.tier("PRINCIPAL").orElseThrow().annualTarget(Dimension.WOMEN))
                .isEmpty();
    }

    @Test
    void wrongValuesAreNamedByTheirKey() {
        Map<String, String> effective = new HashMap<>(ReserveRules.defaults());
        effective.put("share.NEAR_TERM.min", "33%");
        effective.put("tier.DEPUTY.age.max", "0");
        effective.put("tier.PRINCIPAL.education.min", "PRIMARY");
        effective.put("gate.principal.tier", "SECTION");
        effective.put("exit.reasons", "OVER_AGE,RETIRED");
        effective.put("remind.age.months", "-1");
        assertThat(RuleValues.problems(effective))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "exit.reasons",
                        "remind.age.months",
                        "share.NEAR_TERM.min",
                        "tier.DEPUTY.age.max",
                        "tier.PRINCIPAL.education.min",
                        "gate.principal.tier");
        assertThat(new ReserveRules().problems(ReserveRules.PACK_ID, ReserveRules.defaults()))
                .isEmpty();
    }

    @Test
    void aShareIsExactAtOneThird() {
        Share third = new Share(1, 3);
        assertThat(third.metBy(1, 3)).isTrue();
        assertThat(third.metBy(2, 6)).isTrue();
        assertThat(third.metBy(3, 10)).isFalse();
        assertThat(third.metBy(4, 12)).isTrue();
        assertThat(third.metBy(3, 9)).isTrue();
        assertThat(third.metBy(2, 7)).isFalse();
    }
}
