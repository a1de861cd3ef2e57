package cn.zugong.plugin.reserve.candidate;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a reserve candidate from nomination to approval (DOMAIN §3.4) and of a member of
 * the pool ({@link #APPROVED}) to 使用 or exit. {@link #next()} is the nomination's path, moved by
 * the clerk step by step; a member leaves the pool through {@link #leaving()} only: 使用 when the
 * platform reports the member appointed, an exit with its reason.
 */
public enum CandidateState {
    /** 推荐: nominated, with the source's tallies. */
    NOMINATED,
    /** 考试: the optional exam (双考), with its score. */
    EXAM,
    /** 考察: inspected. */
    INSPECTED,
    /** 考察公示: publicized. */
    PUBLICIZED,
    /** 组织审定, 入库: approved, a member of the pool. */
    APPROVED,
    /** Not taken. */
    REJECTED,
    /** 提拔使用 (出库-使用): appointed through a selection case; not an exit. */
    PROMOTED,
    /** 调整出库: left the pool, with the reason. */
    EXITED;

    /**
     * The states reachable from this one. §3.4 gives nominated|inspected -> rejected; an exam failed
     * and an objection found in publicity reject as well ([I], the point of both steps).
     */
    public Set<CandidateState> next() {
        return switch (this) {
            case NOMINATED -> EnumSet.of(EXAM, INSPECTED, REJECTED);
            case EXAM -> EnumSet.of(INSPECTED, REJECTED);
            case INSPECTED -> EnumSet.of(PUBLICIZED, REJECTED);
            case PUBLICIZED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED, REJECTED, PROMOTED, EXITED -> EnumSet.noneOf(CandidateState.class);
        };
    }

    /** How a member of the pool leaves it (§3.4: in_pool → promoted, in_pool → exited). */
    public Set<CandidateState> leaving() {
        return this == APPROVED ? EnumSet.of(PROMOTED, EXITED) : EnumSet.noneOf(CandidateState.class);
    }

    public boolean canMoveTo(CandidateState target) {
        return next().contains(target);
    }

    /** No step of the nomination is left (the pool's own life may go on, see {@link #leaving()}). */
    public boolean isFinal() {
        return next().isEmpty();
    }

    public String messageKey() {
        return "reserve.state." + name();
    }
}
