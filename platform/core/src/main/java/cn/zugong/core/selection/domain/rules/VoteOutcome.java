package cn.zugong.core.selection.domain.rules;

/** What a vote on one item of the decision meeting comes to. Labels: {@code selection.vote.outcome.<NAME>}. */
public enum VoteOutcome {
    /** Fewer than two thirds of the members present: the meeting may not decide (V-S1). */
    NO_QUORUM,
    /** More than half of all the members agreed (V-S2). */
    ADOPTED,
    /** Quorate, but not more than half of all the members agreed. */
    NOT_ADOPTED
}
