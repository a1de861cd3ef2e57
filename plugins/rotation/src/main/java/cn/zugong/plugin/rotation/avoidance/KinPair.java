package cn.zugong.plugin.rotation.avoidance;

import java.util.Objects;
import java.util.UUID;

/**
 * Two cadres of the county who are relatives: found on a file (a family member who is the other
 * cadre) or recorded by an officer.
 *
 * @param first one cadre (the one whose file names the other, when found on a file)
 * @param second the other
 * @param kinship their class
 * @param recorded whether an officer recorded it (not found on a file)
 */
public record KinPair(UUID first, UUID second, Kinship kinship, boolean recorded) {

    public KinPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(kinship, "kinship");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a cadre is not his own relative");
        }
    }

    /** Whether the pair joins these two cadres, in either order. */
    public boolean joins(UUID a, UUID b) {
        return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
    }

    /** The other cadre of the pair. */
    public UUID other(UUID cadre) {
        return first.equals(cadre) ? second : first;
    }
}
