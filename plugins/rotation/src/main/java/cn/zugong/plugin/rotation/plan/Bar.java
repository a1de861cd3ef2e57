package cn.zugong.plugin.rotation.plan;

import java.util.Objects;
import java.util.UUID;

/**
 * A rule of the plugin that forbids one cadre one post: an avoidance conflict (V-E1, V-E2) the
 * cadre would be in there, or a V-E4 limit. Computed by the plugin's own rules before solving, so
 * the solver applies exactly what the gates will check at 动议.
 *
 * @param cadreId the cadre
 * @param postId the post
 * @param kind why
 * @param reference the rule's reference, such as V-E2
 */
public record Bar(UUID cadreId, UUID postId, Kind kind, String reference) {

    public Bar {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    /** The hard constraint a bar falls under. */
    public enum Kind {
        /** V-E1 (growth place) or V-E2 (kinship). */
        AVOIDANCE,
        /** V-E4: two consecutive terms in the post, or 15 years at its level. */
        TERMS
    }
}
