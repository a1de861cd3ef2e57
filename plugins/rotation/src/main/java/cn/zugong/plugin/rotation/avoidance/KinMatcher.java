package cn.zugong.plugin.rotation.avoidance;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.Relative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds relatives among the county's cadres from their files: a family member of an avoidance class
 * whose name is a cadre's and whose recorded work unit names a unit where that cadre holds a post
 * now. The name alone would pair strangers (common names); the unit is what the form records
 * beside it. Pairs an officer recorded are added as they are.
 */
public final class KinMatcher {

    private KinMatcher() {}

    public static List<KinPair> pairs(
            List<CadreCareer> careers, Map<UUID, List<Relative>> families, List<KinPair> recorded, LocalDate today) {
        Map<String, List<CadreCareer>> byName = new HashMap<>();
        careers.forEach(c -> byName.computeIfAbsent(c.name().strip(), n -> new ArrayList<>()).add(c));
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
                            && worksAt(other, workplace, today)
                            && pairs.stream().noneMatch(p -> p.joins(career.cadreId(), other.cadreId()))) {
                        pairs.add(new KinPair(career.cadreId(), other.cadreId(), kinship.get(), false));
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean worksAt(CadreCareer cadre, String workplace, LocalDate today) {
        return cadre.heldOn(today).stream()
                .map(Holding::unitName)
                .filter(unit -> !unit.isBlank())
                .anyMatch(workplace::contains);
    }
}
