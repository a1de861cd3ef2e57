package cn.zugong.plugin.reserve.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules of one reserve tier (正职后备, 副职后备 or a county's own), DOMAIN §3.2 [P].
 *
 * @param tier the tier's code, {@code PRINCIPAL}, {@code DEPUTY} or the county's own
 * @param lowerLevels post levels of the registry that count as the level below the tier
 * @param lowerLevelYears years at one of {@code lowerLevels} by the reference date; empty: not checked
 * @param minEducation lowest education admitted
 * @param maxAge highest age at the batch's reference date (V-R3), inclusive
 * @param maxPerPost most reserves per authorized post (职数), e.g. 1 for 1:1
 * @param annualTargets the department's own annual numeric targets for the tier (e.g. 5432), by dimension
 * @param postLevels the registry's post levels whose approved posts (职数) the tier backs; empty: no 职数
 */
public record TierRule(
        String tier,
        Set<String> lowerLevels,
        OptionalInt lowerLevelYears,
        Education minEducation,
        int maxAge,
        double maxPerPost,
        java.util.Map<Dimension, Integer> annualTargets,
        Set<String> postLevels) {

    public TierRule {
        Objects.requireNonNull(tier, "tier");
        lowerLevels = Set.copyOf(lowerLevels);
        Objects.requireNonNull(minEducation, "minEducation");
        annualTargets = java.util.Map.copyOf(annualTargets);
        postLevels = Set.copyOf(postLevels);
    }

    public Optional<Integer> annualTarget(Dimension dimension) {
        return Optional.ofNullable(annualTargets.get(dimension));
    }
}
