package cn.zugong.core.plugin.context;

import cn.zugong.api.rules.RulePack;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the rule values in force over each other: the latest national version effective on the
 * date, then the latest version of the county's province, then the county's own overrides.
 */
public final class RulePackResolver {

    private RulePackResolver() {}

    public static Map<String, String> effective(
            List<RulePack> packs, String packId, String countyCode, LocalDate on, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        latest(packs, packId, RulePack.NATIONAL, on).ifPresent(p -> values.putAll(p.values()));
        latest(packs, packId, countyCode.substring(0, 2), on).ifPresent(p -> values.putAll(p.values()));
        values.putAll(overrides);
        return Map.copyOf(values);
    }

    /** The version of a pack for a region ({@code 00} or a province) in force on the date. */
    public static Optional<RulePack> latest(List<RulePack> packs, String packId, String region, LocalDate on) {
        return packs.stream()
                .filter(p -> p.packId().equals(packId) && p.region().equals(region))
                .filter(p -> !p.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(RulePack::effectiveFrom));
    }
}
