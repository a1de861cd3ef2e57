package cn.zugong.plugin.rotation.avoidance;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An avoidance conflict found now: who, of which kind, in which organ.
 *
 * @param kind the kind
 * @param cadre the cadre (of a pair, the one found first)
 * @param relative the other cadre of a kinship conflict; empty for a regional one
 * @param kinship the pair's class; empty for a regional one
 * @param organ the organ (机关) concerned; for a regional one, the unit of the post
 * @param organName its name
 * @param blocking whether the rule forbids it (V-E1 at county level, V-E2) or only advises against it
 *     (V-E1 at city level, "一般不得")
 */
public record Conflict(
        ConflictKind kind,
        UUID cadre,
        Optional<UUID> relative,
        Optional<Kinship> kinship,
        UUID organ,
        String organName,
        boolean blocking) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(relative, "relative");
        Objects.requireNonNull(kinship, "kinship");
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(organName, "organName");
    }

    /**
     * What identifies the conflict across scans: its kind, its cadres in a fixed order and its organ,
     * so that a finding is not raised twice nor lost when the scan order changes.
     */
    public String key() {
        String people = relative.map(r -> r.compareTo(cadre) < 0 ? r + "+" + cadre : cadre + "+" + r)
                .orElse(cadre.toString());
        return kind.name() + ":" + people + "@" + organ;
    }
}
