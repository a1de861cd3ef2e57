package cn.zugong.core.plugin.rules;

import cn.zugong.api.rules.RulePack;
import cn.zugong.core.plugin.context.RulePackResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Lays a pack out key by key for a county on a day, the way {@link RulePackResolver} resolves it. */
final class RuleRows {

    private RuleRows() {}

    static List<RuleRow> of(
            List<RulePack> versions, String packId, String countyCode, LocalDate on, Map<String, String> overrides) {
        Optional<RulePack> national = RulePackResolver.latest(versions, packId, RulePack.NATIONAL, on);
        Optional<RulePack> province = RulePackResolver.latest(versions, packId, countyCode.substring(0, 2), on);
        Map<String, String> effective = RulePackResolver.effective(versions, packId, countyCode, on, overrides);
        SortedSet<String> keys = new TreeSet<>(overrides.keySet());
        national.ifPresent(p -> keys.addAll(p.values().keySet()));
        province.ifPresent(p -> keys.addAll(p.values().keySet()));
        return keys.stream()
                .map(key -> new RuleRow(
                        key,
                        version(national, key),
                        version(province, key),
                        Optional.ofNullable(overrides.get(key)),
                        Optional.ofNullable(effective.get(key))))
                .toList();
    }

    private static Optional<RuleVersion> version(Optional<RulePack> pack, String key) {
        return pack.filter(p -> p.values().containsKey(key))
                .map(p -> new RuleVersion(p.values().get(key), p.effectiveFrom()));
    }
}
