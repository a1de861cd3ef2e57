package cn.zugong.plugin.rotation.avoidance;

import cn.zugong.api.career.Holding;
import cn.zugong.api.career.UnitRef;
import cn.zugong.plugin.rotation.career.Organs;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * V-E2 (回避规定 2006 第三条 [V]): relatives may not hold, in the same organ, posts under the same
 * direct leader or in a direct superior–subordinate relation, nor may one do the organ's 组织(人事),
 * 纪检(监察), 审计 or 财务 work where the other leads. The registry records no reporting lines, so
 * they are read from the unit tree [I]: an organ's principal leads everyone in it; its deputies
 * report to the principal; in an internal organ (内设机构) its head leads its staff, who report to that
 * head; a leader is the principal or a deputy of the organ itself.
 */
public final class KinshipRule {

    private final Organs organs;
    private final List<String> sensitiveWords;

    public KinshipRule(Organs organs, List<String> sensitiveWords) {
        this.organs = organs;
        this.sensitiveWords = List.copyOf(sensitiveWords);
    }

    /** The conflict between two relatives' posts, when they make one; the most direct kind first. */
    public Optional<Conflict> between(KinPair pair, Holding a, Holding b) {
        if (a.unitId().isEmpty() || b.unitId().isEmpty()) {
            return Optional.empty();
        }
        Optional<UnitRef> organ = organs.organOf(a.unitId().get());
        if (organ.isEmpty() || !organ.equals(organs.organOf(b.unitId().get()))) {
            return Optional.empty();
        }
        UUID organId = organ.get().id();
        ConflictKind kind = null;
        if (superior(a, b, organId) || superior(b, a, organId)) {
            kind = ConflictKind.KINSHIP_SUPERIOR_SUBORDINATE;
        } else if (sameLeader(a, b, organId)) {
            kind = ConflictKind.KINSHIP_SAME_LEADER;
        } else if ((leader(a, organId) && sensitive(b)) || (leader(b, organId) && sensitive(a))) {
            kind = ConflictKind.KINSHIP_SENSITIVE_FUNCTION;
        }
        return Optional.ofNullable(kind)
                .map(k -> new Conflict(
                        k,
                        pair.first(),
                        Optional.of(pair.second()),
                        Optional.of(pair.kinship()),
                        organId,
                        organ.get().name(),
                        true));
    }

    /** Whether {@code boss} directly leads {@code other}. */
    private static boolean superior(Holding boss, Holding other, UUID organ) {
        if (!boss.principal()) {
            return false;
        }
        UUID bossUnit = boss.unitId().orElseThrow();
        UUID otherUnit = other.unitId().orElseThrow();
        // The organ's principal leads its deputies and the heads of its internal organs; an internal
        // organ's head leads its staff.
        return bossUnit.equals(organ)
                ? !(otherUnit.equals(organ) && other.principal())
                : bossUnit.equals(otherUnit) && !other.principal();
    }

    /** Two deputies of the organ, or two staff of one internal organ. */
    private static boolean sameLeader(Holding a, Holding b, UUID organ) {
        return !a.principal() && !b.principal() && a.unitId().equals(b.unitId());
    }

    private static boolean leader(Holding h, UUID organ) {
        return h.unitId().filter(organ::equals).isPresent();
    }

    private boolean sensitive(Holding h) {
        String unit = h.unitId().flatMap(organs::unit).map(UnitRef::name).orElse(h.unitName());
        return sensitiveWords.stream()
                .anyMatch(w -> unit.contains(w) || h.title().contains(w));
    }
}
