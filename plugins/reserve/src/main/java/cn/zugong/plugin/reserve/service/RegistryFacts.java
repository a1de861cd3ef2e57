package cn.zugong.plugin.reserve.service;

import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.rules.TierRule;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the reserve reads of the registry instead of having it typed (issue item 1): each member's
 * file through {@code CadreCareers.profile} (gender, party membership, education, grades), and the
 * 职数 a tier backs through {@code CadreCareers.quotas}, within the county only.
 */
public final class RegistryFacts {

    private final PluginContext context;

    public RegistryFacts(PluginContext context) {
        this.context = context;
    }

    /** The cadre's file, when the cadre is one of {@code county}'s. */
    public Optional<CadreProfile> profile(TenantId county, UUID cadreId) {
        return context.careers().profile(cadreId).filter(p -> p.tenant().equals(county));
    }

    /** The files of the given cadres of {@code county}, by cadre id. */
    public Map<UUID, CadreProfile> profiles(TenantId county, Collection<UUID> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        return context.careers().profiles(cadreIds).entrySet().stream()
                .filter(e -> e.getValue().tenant().equals(county))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The unit of each cadre's main post held on {@code day} (V-R4: the structure drills down by
     * unit); a cadre of another county or without a main post that day maps to the empty name.
     */
    public Map<UUID, String> units(TenantId county, Collection<UUID> cadreIds, java.time.LocalDate day) {
        Map<UUID, String> units = new java.util.HashMap<>();
        for (UUID id : cadreIds) {
            units.put(
                    id,
                    context.careers()
                            .of(id)
                            .filter(c -> c.tenant().equals(county))
                            .flatMap(c -> c.heldOn(day).stream()
                                    .filter(cn.zugong.api.career.Holding::mainPost)
                                    .map(cn.zugong.api.career.Holding::unitName)
                                    .findFirst())
                            .orElse(""));
        }
        return units;
    }

    /** The education the eligibility rule compares, from the file's highest level. */
    public static Optional<Education> education(CadreProfile profile) {
        return profile.highestEducation().flatMap(Education::ofRegistry);
    }

    /**
     * The approved posts of the tier's post levels in the county's units; empty when the tier names
     * no level.
     */
    public OptionalInt posts(TenantId county, TierRule tier) {
        if (tier.postLevels().isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(context.careers().quotas().stream()
                .filter(q -> q.tenant().equals(county) && tier.postLevels().contains(q.level()))
                .mapToInt(PostQuota::approved)
                .sum());
    }
}
