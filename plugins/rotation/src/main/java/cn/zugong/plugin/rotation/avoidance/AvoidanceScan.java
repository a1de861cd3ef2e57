package cn.zugong.plugin.rotation.avoidance;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.career.Organs;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The avoidance conflicts of a county on a day: every pair of relatives' current posts (V-E2) and
 * every current principal post in the growth place (V-E1). Relatives are few against the cadres, so
 * the scan is linear in the files read.
 */
public final class AvoidanceScan {

    private final KinshipRule kinship;
    private final RegionalRule regional;
    private final Organs organs;
    private final Map<UUID, String> confirmedPlaces;

    /**
     * @param confirmedPlaces the growth places staff confirmed, by cadre: a place counts as confirmed
     *     while it reads as it did then
     */
    public AvoidanceScan(RuleValues rules, Organs organs, Map<UUID, String> confirmedPlaces) {
        this.kinship = new KinshipRule(organs, rules.sensitiveWords());
        this.regional = new RegionalRule(rules);
        this.organs = organs;
        this.confirmedPlaces = Map.copyOf(confirmedPlaces);
    }

    public List<Conflict> conflicts(List<CadreCareer> careers, List<KinPair> pairs, TenantId county, LocalDate today) {
        Map<UUID, CadreCareer> byId =
                careers.stream().collect(Collectors.toMap(CadreCareer::cadreId, Function.identity(), (a, b) -> a));
        Map<String, Conflict> found = new LinkedHashMap<>();
        for (KinPair pair : pairs) {
            CadreCareer a = byId.get(pair.first());
            CadreCareer b = byId.get(pair.second());
            if (a != null && b != null) {
                for (Conflict c : kinship(pair, a.heldOn(today), b.heldOn(today))) {
                    found.putIfAbsent(c.key(), c);
                }
            }
        }
        for (CadreCareer career : careers) {
            for (Holding h : career.heldOn(today)) {
                regional(career.cadreId(), career.growthPlace(), h, county)
                        .ifPresent(c -> found.putIfAbsent(c.key(), c));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The V-E2 conflicts between two relatives holding these posts. */
    public List<Conflict> kinship(KinPair pair, List<Holding> first, List<Holding> second) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Holding a : first) {
            for (Holding b : second) {
                kinship.between(pair, a, b).ifPresent(conflicts::add);
            }
        }
        return conflicts;
    }

    /** Whether staff confirmed the growth place as it reads now. */
    public boolean confirmed(UUID cadre, Optional<String> growthPlace) {
        return growthPlace
                .filter(place -> place.equals(confirmedPlaces.get(cadre)))
                .isPresent();
    }

    /** The V-E1 conflict of holding {@code h}. */
    public Optional<Conflict> regional(UUID cadre, Optional<String> growthPlace, Holding h, TenantId county) {
        return h.unitId()
                .flatMap(organs::unit)
                .flatMap(unit ->
                        regional.of(cadre, growthPlace, confirmed(cadre, growthPlace), unit, h.principal(), county));
    }
}
