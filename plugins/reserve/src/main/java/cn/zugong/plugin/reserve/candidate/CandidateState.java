package cn.zugong.plugin.reserve.candidate;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a reserve candidate from nomination to approval (DOMAIN §3.4). The pool's own life
 * (reviews, exits, promotion) is the next slice.
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
    REJECTED;

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
            case APPROVED, REJECTED -> EnumSet.noneOf(CandidateState.class);
        };
    }

    public boolean canMoveTo(CandidateState target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    public String messageKey() {
        return "reserve.state." + name();
    }
}
