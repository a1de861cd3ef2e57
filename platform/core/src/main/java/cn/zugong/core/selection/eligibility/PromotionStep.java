package cn.zugong.core.selection.eligibility;

import cn.zugong.core.unit.PostLevel;
import java.util.Optional;

/**
 * The kind of move from the current post to the target one, as the time-in-post rule sees it
 * (article 8(3)): a deputy to the principal post of the same level, a principal to the deputy post
 * one level up, or any other promotion, which skips a step and is an exceptional promotion (V-S6).
 */
enum PromotionStep {
    DEPUTY_TO_PRINCIPAL,
    PRINCIPAL_TO_UPPER_DEPUTY,
    SKIPS_A_STEP,
    /** The target is not above the current post: a transfer, no promotion rule applies. */
    NOT_A_PROMOTION,
    /** The cadre holds no leadership post the registry knows of. */
    FROM_UNKNOWN_LEVEL;

    static final int BUREAU = 0;
    static final int COUNTY = 1;

    /** A post's place: its tier (0 bureau, 1 county, 2 township) and whether it is the principal post. */
    record Rank(int tier, boolean principal) {
        static Rank of(PostLevel level, boolean principal) {
            return new Rank(PromotionStep.tier(level), principal);
        }

        boolean above(Rank other) {
            return tier < other.tier || (tier == other.tier && principal && !other.principal);
        }
    }

    static int tier(PostLevel level) {
        return level.ordinal() / 2;
    }

    static PromotionStep of(Optional<Rank> current, Rank target) {
        if (current.isEmpty()) {
            return FROM_UNKNOWN_LEVEL;
        }
        Rank from = current.get();
        if (!target.above(from)) {
            return NOT_A_PROMOTION;
        }
        if (target.tier() == from.tier()) {
            return DEPUTY_TO_PRINCIPAL;
        }
        if (target.tier() == from.tier() - 1 && from.principal() && !target.principal()) {
            return PRINCIPAL_TO_UPPER_DEPUTY;
        }
        return SKIPS_A_STEP;
    }
}
