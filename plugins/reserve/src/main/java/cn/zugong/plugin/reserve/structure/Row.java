package cn.zugong.plugin.reserve.structure;

import cn.zugong.plugin.reserve.rules.Dimension;
import java.util.Optional;

/**
 * One line of the structure table (V-R1): the actual figure of a dimension against its target.
 *
 * @param dimension what is counted
 * @param count members counted
 * @param base what the count is set against: the members, or for {@link Dimension#COUNT} the posts
 * @param target the rule as text ({@code 1/3}, {@code 25/100}, or the most reserves per post); empty: none
 * @param met whether the target is met; empty when there is no target or no base
 * @param annualTarget the department's own annual number for the dimension, if any
 * @param members the names of the members counted, in order (the figure's drill-down)
 * @param byUnit how many of the members counted each unit has, units in order (V-R4 [I]: the figure
 *     drills down by unit); members without a post count under the empty name
 */
public record Row(
        Dimension dimension,
        int count,
        int base,
        Optional<String> target,
        Optional<Boolean> met,
        Optional<Integer> annualTarget,
        java.util.List<String> members,
        java.util.SortedMap<String, Integer> byUnit) {

    public Row {
        members = java.util.List.copyOf(members);
        byUnit = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byUnit));
    }

    /** The count as a share of the base in per cent; empty when the base is zero. */
    public Optional<Double> percent() {
        return base == 0 ? Optional.empty() : Optional.of(100.0 * count / base);
    }

    /** A warning, never a block (V-R1). */
    public boolean warns() {
        return met.map(m -> !m).orElse(false)
                || annualTarget.map(t -> count < t).orElse(false);
    }
}
