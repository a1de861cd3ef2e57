package cn.zugong.plugin.rotation.avoidance;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Relative;
import cn.zugong.api.career.UnitRef;
import cn.zugong.plugin.rotation.career.Organs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Finds relatives among the county's cadres from their files: a family member of an avoidance class
 * whose name is a cadre's and whose recorded work unit names a unit (or the unit's organ) where
 * that cadre holds a post now. The name alone would pair strangers (common names); the unit is what the form records
 * beside it. Pairs an officer recorded are added as they are.
 */
public final class KinMatcher {

    private KinMatcher() {}

    public static List<KinPair> pairs(
            List<CadreCareer> careers,
            Map<UUID, List<Relative>> families,
            List<KinPair> recorded,
            Organs organs,
            LocalDate today) {
        Map<String, List<CadreCareer>> byName = new HashMap<>();
        careers.forEach(c ->
                byName.computeIfAbsent(c.name().strip(), n -> new ArrayList<>()).add(c));
        List<KinPair> pairs = new ArrayList<>(recorded);
        for (CadreCareer career : careers) {
            for (Relative relative : families.getOrDefault(career.cadreId(), List.of())) {
                Optional<Kinship> kinship = Kinship.of(relative.kinshipClass(), relative.relation());
                if (kinship.isEmpty() || relative.workUnitPost().isEmpty()) {
                    continue;
                }
                String workplace = relative.workUnitPost().get();
                for (CadreCareer other : byName.getOrDefault(relative.name().strip(), List.of())) {
                    if (!other.cadreId().equals(career.cadreId())
                            && worksAt(other, workplace, organs, today)
                            && pairs.stream().noneMatch(p -> p.joins(career.cadreId(), other.cadreId()))) {
                        pairs.add(new KinPair(career.cadreId(), other.cadreId(), kinship.get(), false));
                    }
                }
            }
        }
        return pairs;
    }

    /** The unit as recorded, or the organ it belongs to: forms write 教育局 for its 基础教育科 too. */
    private static boolean worksAt(CadreCareer cadre, String workplace, Organs organs, LocalDate today) {
        return cadre.heldOn(today).stream()
                .flatMap(h -> Stream.concat(
                        Stream.of(h.unitName()), h.unitId().flatMap(organs::organOf).map(UnitRef::name).stream()))
                .filter(unit -> !unit.isBlank())
                .anyMatch(workplace::contains);
    }
}
