package cn.zugong.plugin.training.testing;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePacks;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.TrainingRules;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugin's own rule packs resolved as the platform's {@code RulePacks} documents it: the latest
 * national version in force, overridden key by key by the latest version of the county's province,
 * then by the county's overrides.
 */
public final class TestRulePacks implements RulePacks {

    private final List<RulePack> packs = new TrainingRules().rulePacks();
    private final Map<String, Map<String, String>> overrides = new HashMap<>();

    /** Sets a county's override of one key. */
    public void override(TenantId county, String key, String value) {
        overrides.computeIfAbsent(county.code(), c -> new HashMap<>()).put(key, value);
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
