package cn.zugong.plugin.reserve.structure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.reserve.ReserveRules;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.rules.RuleValues;
import cn.zugong.plugin.reserve.rules.TierRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A hand-counted batch of six members backing 5 posts, under the national values (V-R1 [P]):
 * women 2 of 6 (33.3 % >= 25 %), non-party 0 of 6 (< 10 %), under 35 3 of 6 (no national share),
 * 近期 2 of 6 (exactly 1/3), 6 members for 5 posts (above 1:1).
 */
class StructureAnalysisTest {

    private static final List<Member> SIX = List.of(
            new Member("甲", "永宁街道", true, false, 34, Horizon.NEAR),
            new Member("乙", "永宁街道", true, false, 35, Horizon.MEDIUM),
            new Member("丙", "柳城街道", false, false, 30, Horizon.NEAR),
            new Member("丁", "柳城街道", false, false, 45, Horizon.LONG),
            new Member("戊", "万春镇", false, false, 33, Horizon.MEDIUM),
            new Member("己", "万春镇", false, false, 40, Horizon.LONG));

    private final RuleValues rules = RuleValues.of(ReserveRules.defaults());
    private final TierRule principal = rules.tier("PRINCIPAL").orElseThrow();

    @Test
    void everyDimensionIsCountedAsByHand() {
        Map<Dimension, Row> rows = byDimension(StructureAnalysis.rows(rules, principal, OptionalInt.of(5), SIX));
        assertThat(rows.get(Dimension.COUNT)).satisfies(r -> {
            assertThat(r.count()).isEqualTo(6);
            assertThat(r.base()).isEqualTo(5);
            assertThat(r.met()).contains(false);
        });
        assertThat(rows.get(Dimension.WOMEN).count()).isEqualTo(2);
        // The drill-down lists the members behind each figure.
        assertThat(rows.get(Dimension.WOMEN).members()).containsExactly("乙", "甲");
        assertThat(rows.get(Dimension.NEAR_TERM).members()).containsExactly("丙", "甲");
        assertThat(rows.get(Dimension.COUNT).members()).hasSize(6);
        // V-R4 [I]: every figure drills down by unit.
        assertThat(rows.get(Dimension.COUNT).byUnit())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("万春镇", 2, "柳城街道", 2, "永宁街道", 2)));
        assertThat(rows.get(Dimension.WOMEN).byUnit())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("永宁街道", 2)));
        assertThat(rows.get(Dimension.NEAR_TERM).byUnit())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("柳城街道", 1, "永宁街道", 1)));
        assertThat(rows.get(Dimension.WOMEN).met()).contains(true);
        assertThat(rows.get(Dimension.NON_PARTY).count()).isZero();
        assertThat(rows.get(Dimension.NON_PARTY).met()).contains(false);
        // 35 is not under 35.
        assertThat(rows.get(Dimension.UNDER_AGE).count()).isEqualTo(3);
        assertThat(rows.get(Dimension.UNDER_AGE).met()).isEmpty();
        assertThat(rows.get(Dimension.UNDER_AGE).warns()).isFalse();
        assertThat(rows.get(Dimension.NEAR_TERM).count()).isEqualTo(2);
        assertThat(rows.get(Dimension.NEAR_TERM).percent())
                .hasValueSatisfying(p -> assertThat(p).isBetween(33.33, 33.34));
        assertThat(rows.get(Dimension.NEAR_TERM).met()).contains(true);
    }

    @Test
    void oneNearTermMemberLessThanAThirdWarns() {
        List<Member> seven = new java.util.ArrayList<>(SIX);
        seven.add(new Member("庚", "", false, true, 50, Horizon.LONG));
        Map<Dimension, Row> rows = byDimension(StructureAnalysis.rows(rules, principal, OptionalInt.of(7), seven));
        // 2 of 7 < 1/3; 7 members for 7 posts is exactly 1:1.
        assertThat(rows.get(Dimension.NEAR_TERM).warns()).isTrue();
        assertThat(rows.get(Dimension.COUNT).met()).contains(true);
        assertThat(rows.get(Dimension.NON_PARTY).count()).isEqualTo(1);
        // A member without a post on the reference date counts under the empty unit.
        assertThat(rows.get(Dimension.NON_PARTY).byUnit())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("", 1)));
    }

    @Test
    void theDepartmentsAnnualTargetWarnsWhenNotReached() {
        Map<String, String> values = new HashMap<>(ReserveRules.defaults());
        values.put("tier.PRINCIPAL.annual.COUNT", "50");
        values.put("tier.PRINCIPAL.annual.WOMEN", "2");
        RuleValues county = RuleValues.of(values);
        Map<Dimension, Row> rows = byDimension(
                StructureAnalysis.rows(county, county.tier("PRINCIPAL").orElseThrow(), OptionalInt.empty(), SIX));
        assertThat(rows.get(Dimension.COUNT).annualTarget()).contains(50);
        assertThat(rows.get(Dimension.COUNT).met()).isEmpty();
        assertThat(rows.get(Dimension.COUNT).warns()).isTrue();
        assertThat(rows.get(Dimension.WOMEN).warns()).isFalse();
    }

    @Test
    void anEmptyBatchIsReportedWithoutJudgingShares() {
        Map<Dimension, Row> rows = byDimension(StructureAnalysis.rows(rules, principal, OptionalInt.of(3), List.of()));
        assertThat(rows.get(Dimension.WOMEN).met()).isEmpty();
        assertThat(rows.get(Dimension.WOMEN).percent()).isEqualTo(Optional.empty());
        assertThat(rows.get(Dimension.COUNT).met()).contains(true);
    }

    private static Map<Dimension, Row> byDimension(List<Row> rows) {
        Map<Dimension, Row> map = new HashMap<>();
        rows.forEach(r -> map.put(r.dimension(), r));
        assertThat(map).hasSize(Dimension.values().length);
        return map;
    }
}
