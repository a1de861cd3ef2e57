package cn.zugong.plugin.reserve.structure;

import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.rules.RuleValues;
import cn.zugong.plugin.reserve.rules.Share;
import cn.zugong.plugin.reserve.rules.TierRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The structure of a batch's approved members against the county's targets (V-R1, V-R4): members
 * vs. the posts they back, and the shares of women, non-party members, the young and 近期. Warnings,
 * not blocks.
 */
public final class StructureAnalysis {

    private StructureAnalysis() {}

    /**
     * @param rules the county's rules
     * @param tier the batch's tier
     * @param posts the authorized posts (职数) the tier backs; empty when not entered
     * @param members the batch's approved members
     */
    public static List<Row> rows(RuleValues rules, TierRule tier, OptionalInt posts, List<Member> members) {
        List<Row> rows = new ArrayList<>();
        int total = members.size();
        Optional<Boolean> countMet = posts.isPresent() && posts.getAsInt() > 0
                ? Optional.of(total <= tier.maxPerPost() * posts.getAsInt())
                : Optional.empty();
        rows.add(new Row(
                Dimension.COUNT,
                total,
                posts.orElse(0),
                Optional.of(perPost(tier.maxPerPost())),
                countMet,
                tier.annualTarget(Dimension.COUNT),
                members.stream().map(Member::name).sorted().toList(),
                byUnit(members)));
        rows.add(share(rules, tier, Dimension.WOMEN, members, Member::woman));
        rows.add(share(rules, tier, Dimension.NON_PARTY, members, Member::nonParty));
        rows.add(share(rules, tier, Dimension.UNDER_AGE, members, m -> m.ageAtReference() < rules.underAge()));
        rows.add(share(rules, tier, Dimension.NEAR_TERM, members, m -> m.horizon() == Horizon.NEAR));
        return rows;
    }

    private static Row share(
            RuleValues rules, TierRule tier, Dimension dimension, List<Member> members, Predicate<Member> counted) {
        List<Member> counting = members.stream().filter(counted).toList();
        List<String> names = counting.stream().map(Member::name).sorted().toList();
        int count = names.size();
        int total = members.size();
        Optional<Share> min = rules.minShare(dimension);
        return new Row(
                dimension,
                count,
                total,
                min.map(Share::toString),
                total == 0 ? Optional.empty() : min.map(s -> s.metBy(count, total)),
                tier.annualTarget(dimension),
                names,
                byUnit(counting));
    }

    /** The members counted per unit (V-R4 [I]: actual figures drillable by unit). */
    static SortedMap<String, Integer> byUnit(List<Member> members) {
        SortedMap<String, Integer> units = new TreeMap<>();
        members.forEach(m -> units.merge(m.unit(), 1, Integer::sum));
        return units;
    }

    private static String perPost(double maxPerPost) {
        return maxPerPost == Math.rint(maxPerPost) ? String.valueOf((long) maxPerPost) : String.valueOf(maxPerPost);
    }
}
