package cn.zugong.testkit.context;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePacks;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plugin's rule packs resolved as {@link RulePacks} documents it: the latest national version in
 * force on the day, overridden key by key by the latest version of the county's province, then by
 * the county's overrides, which a test sets with {@link #override}.
 */
public final class InMemoryRulePacks implements RulePacks {

    private final List<RulePack> packs;
    private final Map<String, Map<String, String>> overrides = new ConcurrentHashMap<>();

    /** The packs a plugin ships, such as its {@code RulePackContribution}'s {@code rulePacks()}. */
    public InMemoryRulePacks(List<RulePack> packs) {
        this.packs = List.copyOf(packs);
    }

    /** Sets a county's override of one key, as its administrator saves it. */
    public void override(TenantId county, String key, String value) {
        overrides.computeIfAbsent(county.code(), c -> new ConcurrentHashMap<>()).put(key, value);
    }

    @Override
    public Map<String, String> effective(String packId, TenantId county, LocalDate on) {
        Map<String, String> values = new HashMap<>();
        for (String region : List.of(RulePack.NATIONAL, county.code().substring(0, 2))) {
            packs.stream()
                    .filter(p -> p.packId().equals(packId) && p.region().equals(region))
                    .filter(p -> !p.effectiveFrom().isAfter(on))
                    .max(Comparator.comparing(RulePack::effectiveFrom))
                    .ifPresent(p -> values.putAll(p.values()));
        }
        values.putAll(overrides.getOrDefault(county.code(), Map.of()));
        return values;
    }
}
