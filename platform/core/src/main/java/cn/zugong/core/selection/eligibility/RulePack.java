package cn.zugong.core.selection.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The thresholds that apply to a county at a date, and the pack versions they come from: the
 * national pack in force, with the parameters of its province's pack in force laid over it (a
 * province states only what differs). Where several versions are in force, the highest counts.
 */
public record RulePack(List<EligibilityRulePack> applied, EligibilityParameters parameters) {

    public RulePack {
        applied = List.copyOf(applied);
    }

    /** The province of a tenant: the first two digits of its region code. */
    public static String provinceOf(String tenantCode) {
        return tenantCode.substring(0, 2);
    }

    /**
     * The pack for a province at a date; empty when neither the province nor the nation has one in force.
     *
     * @throws IllegalArgumentException when the packs together leave a parameter out or give a bad value
     */
    public static Optional<RulePack> resolve(Collection<EligibilityRulePack> packs, String province, LocalDate at) {
        List<EligibilityRulePack> applied = new ArrayList<>();
        latest(packs, EligibilityRulePack.NATIONAL, at).ifPresent(applied::add);
        if (!EligibilityRulePack.NATIONAL.equals(province)) {
            latest(packs, province, at).ifPresent(applied::add);
        }
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        applied.forEach(pack -> values.putAll(EligibilityParameters.lines(pack.getParameters())));
        return Optional.of(new RulePack(applied, EligibilityParameters.parse(values)));
    }

    private static Optional<EligibilityRulePack> latest(
            Collection<EligibilityRulePack> packs, String province, LocalDate at) {
        return packs.stream()
                .filter(p -> p.getProvince().equals(province) && p.inForceAt(at))
                .max(Comparator.comparingInt(EligibilityRulePack::getVersion));
    }
}
