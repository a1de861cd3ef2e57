package cn.zugong.plugin.rotation.avoidance;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of an avoidance finding (DOMAIN §2.5 [I]):
 *
 * <pre>
 * detected -> under_review -> {resolved_by_transfer | resolved_by_exemption | rejected (false positive)}
 * detected | under_review -> escalated (the cadre refuses) -> resolved_by_removal (免职/降职, 回避规定 第十四条)
 * </pre>
 */
public enum FindingStatus {
    DETECTED,
    UNDER_REVIEW,
    RESOLVED_BY_TRANSFER,
    /** An exemption needs a provincial rule allowing it: its document number is recorded. */
    RESOLVED_BY_EXEMPTION,
    REJECTED,
    ESCALATED,
    /** Dismissed or demoted on the spot (就地免职或者降职使用, 回避规定 第十四条). */
    RESOLVED_BY_REMOVAL;

    /** The states this one may move to. */
    public Set<FindingStatus> next() {
        return switch (this) {
            case DETECTED -> EnumSet.of(UNDER_REVIEW, ESCALATED);
            case UNDER_REVIEW -> EnumSet.of(RESOLVED_BY_TRANSFER, RESOLVED_BY_EXEMPTION, REJECTED, ESCALATED);
            case ESCALATED -> EnumSet.of(RESOLVED_BY_TRANSFER, RESOLVED_BY_REMOVAL);
            default -> EnumSet.noneOf(FindingStatus.class);
        };
    }

    /** Whether the finding still needs a decision. */
    public boolean open() {
        return this == DETECTED || this == UNDER_REVIEW || this == ESCALATED;
    }

    /**
     * Whether a closed finding was decided for good: a rejected or exempted conflict found again is
     * not raised again, while one resolved by a move that is found again has come back.
     */
    public boolean settles() {
        return this == REJECTED || this == RESOLVED_BY_EXEMPTION;
    }

    /** Whether moving here needs a note: an exemption's document, a rejection's reason. */
    public boolean needsNote() {
        return this == RESOLVED_BY_EXEMPTION || this == REJECTED || this == ESCALATED;
    }

    public String messageKey() {
        return "rotation.finding.status." + name();
    }
}
